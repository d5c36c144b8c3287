import type { ElementContent, Properties, Root, RootContent } from 'hast';

/**
 * A plain, mutable copy of a hast tree. satteri hands plugins lazy,
 * read-only nodes backed by its native arena; copying them into ordinary
 * objects lets the render steps be plain functions on plain data, and lets
 * satteri serialize the result as new content.
 */
export function copyHast(root: Readonly<Root>): Root {
  return { type: 'root', children: root.children.flatMap((child) => copyNode(child)) };
}

function copyNode(node: Readonly<RootContent>): RootContent[] {
  switch (node.type) {
    case 'element':
      return [
        {
          type: 'element',
          tagName: node.tagName,
          properties: copyProperties(node.properties),
          children: node.children.flatMap((child) => copyNode(child) as ElementContent[]),
        },
      ];
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'comment':
      return [{ type: 'comment', value: node.value }];
    case 'raw':
      return [{ type: 'raw', value: node.value }];
    case 'doctype':
      return [{ type: 'doctype' }];
    default:
      // MDX nodes never occur in a Markdown compile.
      return [];
  }
}

function copyProperties(properties: Readonly<Properties>): Properties {
  const copy: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}
