/**
 * Official: who holds an office, as the text names them ("South Korean
 * Foreign Minister Cho Tae-yul"). Compared only for the same office; names
 * meet through the people table's aliases ("Yoon Suk-yeol", "Yoon Suk
 * Yeol"). The finder and the name matching stay in people.ts.
 */
import { officials, personNamed } from './people';
import { showAsIs, validText, type KindModule } from './kind';

function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = personNamed(a);
  return pa !== null && pa === personNamed(b);
}

export const official: KindModule = {
  kind: 'official',
  find: [officials],
  camped: false,
  stance: (claim, ref) => {
    if (claim.detail?.office !== ref.detail?.office) return null;
    return samePerson(String(claim.value), String(ref.value)) ? 'agree' : 'differ';
  },
  show: showAsIs,
  validate: validText,
};
