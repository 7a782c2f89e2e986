/**
 * `npm run icons`: every icon the installers need, generated from build/icon.svg (never
 * hand-exported), into build/generated/ (not committed):
 *   icons/<n>x<n>.png   Linux (AppImage, deb, rpm: the desktop entry's icon), 16 … 1024
 *   icon.png            1024 px, electron-builder's fallback and the window icon
 *   icon.ico            Windows (installer, exe, taskbar): 16, 24, 32, 48, 64, 128, 256
 *   icon.icns           macOS: 16 … 1024 incl. @2x, as PNG entries
 * resvg renders the SVG at each size (sharper than scaling one big PNG down); png-to-ico and
 * icns-lib write the containers.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import icns from 'icns-lib';
import pngToIco from 'png-to-ico';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** ICNS entry types holding PNG data, with their pixel size. */
export const ICNS_TYPES: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024, // 512@2x
  ic11: 32, // 16@2x
  ic12: 64, // 32@2x
  ic13: 256, // 128@2x
  ic14: 512, // 256@2x
};

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

export async function makeIcons(svgFile: string, outDir: string) {
  const svg = await readFile(svgFile, 'utf8');
  const sizes = new Set<number>([...LINUX_SIZES, ...ICO_SIZES, ...Object.values(ICNS_TYPES)]);
  const png = new Map<number, Buffer>();
  for (const size of sizes) png.set(size, renderPng(svg, size));

  await mkdir(join(outDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(join(outDir, 'icons', `${size}x${size}.png`), png.get(size)!);
  await writeFile(join(outDir, 'icon.png'), png.get(1024)!);
  await writeFile(join(outDir, 'icon.ico'), await pngToIco(ICO_SIZES.map((s) => png.get(s)!)));
  const entries: Record<string, Buffer> = {};
  for (const [type, size] of Object.entries(ICNS_TYPES)) entries[type] = png.get(size)!;
  await writeFile(join(outDir, 'icon.icns'), icns.format(entries));
}

if (import.meta.main) {
  const here = import.meta.dirname;
  await makeIcons(join(here, 'icon.svg'), join(here, 'generated'));
  process.stdout.write(`icons: ${join(here, 'generated')}\n`);
}
