/**
 * JSON pointers (RFC 6901) as ajv reports them in `instancePath`, turned into paths that the
 * YAML locators of the spec and the config file walk.
 */

/** JSON pointer (`/root/dag/tasks/a~1b`) → path; canonical digit-only parts become list indexes
 * (`01` stays a key: no list index is written that way). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^(0|[1-9][0-9]*)$/.test(p) ? Number(p) : p));
}
