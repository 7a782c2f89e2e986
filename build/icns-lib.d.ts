/** icns-lib ships no types: the two functions Kring uses. */
declare module 'icns-lib' {
  /** Icon type (icp4, ic07, …) to that entry's data. */
  export function parse(file: Buffer): Record<string, Buffer>;
  export function format(icons: Record<string, Buffer>): Buffer;
  const icns: { parse: typeof parse; format: typeof format };
  export default icns;
}
