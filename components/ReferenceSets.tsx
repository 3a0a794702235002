/**
 * Placeholder for the imported reference sets (helper H1 writes the real
 * component); renders nothing.
 */
export function ReferenceSets() {
  return null;
}
