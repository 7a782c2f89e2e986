import { findElectron } from './electron-binary.ts';

/** Say once, plainly, whether this tier runs here. */
export default function globalSetup() {
  const binary = findElectron();
  console.log('path' in binary ? `Electron tier: running with ${binary.path}` : `Electron tier skipped: ${binary.missing}.`);
}
