/** `$app/environment` in the one-file page (vite.standalone.config.ts): it only ever runs in a browser, built. */
export const browser = true;
export const dev = false;
export const building = false;
export const version = '';
