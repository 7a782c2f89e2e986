/**
 * Writes the session statechart as a Mermaid diagram, drawn from the machine itself (so it cannot
 * drift from the code): `npm run machine:diagram` writes docs/session-machine.md and prints it.
 * Self-transitions (edits, time controls) are left out; they change the context, not the state.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sessionMachine } from '../shared/session/machine.ts';

type Node = (typeof sessionMachine)['root'];

const idOf = (node: Node) => node.path.join('_').replace(/[^A-Za-z0-9_]/g, '_') || 'root';

function label(node: Node): string {
  const tags = [...node.tags].filter((t) => t !== 'step');
  return tags.length > 0 ? `${node.key} «${tags.join(', ')}»` : node.key;
}

export function mermaid(): string {
  const lines = ['stateDiagram-v2'];
  const edges: string[] = [];
  const walk = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    const children = Object.values(node.states) as Node[];
    if (node !== sessionMachine.root) {
      if (children.length > 0) lines.push(`${pad}state "${node.key}" as ${idOf(node)} {`);
      else lines.push(`${pad}state "${label(node)}" as ${idOf(node)}`);
    }
    const initial = node.initial?.target[0] as Node | undefined;
    if (initial) lines.push(`${pad}  [*] --> ${idOf(initial)}`);
    for (const child of children) walk(child, depth + 1);
    if (node !== sessionMachine.root && children.length > 0) lines.push(`${pad}}`);
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        for (const target of (t.target ?? []) as Node[]) {
          if (target === node) continue;
          edges.push(`  ${idOf(node)} --> ${idOf(target)}: ${event === 'CLOCK' ? 'time up (auto-advance on)' : event}`);
        }
      }
    }
    if (node.type === 'final') edges.push(`  ${idOf(node)} --> [*]`);
  };
  walk(sessionMachine.root, 0);
  return [...lines, ...[...new Set(edges)]].join('\n');
}

export const DIAGRAM_FILE = join(import.meta.dirname, '../docs/session-machine.md');

export function diagramDocument(): string {
  return `# The session statechart\n\nDrawn from \`shared/session/machine.ts\` by \`npm run machine:diagram\`; do not edit by hand.\nEvery step of the method is a state of a case; «silent» and «midpoint» are the steps' tags.\n\n\`\`\`mermaid\n${mermaid()}\n\`\`\`\n`;
}

if (import.meta.main) {
  mkdirSync(join(import.meta.dirname, '../docs'), { recursive: true });
  writeFileSync(DIAGRAM_FILE, diagramDocument());
  console.log(mermaid());
}
