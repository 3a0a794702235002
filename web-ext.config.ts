import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a headed browser; there is no display on CI machines.
export default defineWebExtConfig({ disabled: true });
