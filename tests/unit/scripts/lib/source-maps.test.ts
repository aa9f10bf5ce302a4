import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceMapLeaks } from '../../../../scripts/lib/source-maps';

describe('sourceMapLeaks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sekretariat-maps-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), '<script src="js/app.js"></script>');
    writeFileSync(join(dir, 'js/app.js'), 'console.log(1);');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing in a build without maps', () => {
    expect(sourceMapLeaks(dir)).toEqual([]);
  });

  it('finds .map files and files that point at a map, inline ones included', () => {
    writeFileSync(join(dir, 'js/app.js.map'), '{}');
    writeFileSync(join(dir, 'js/chunk.js'), 'x();\n//# sourceMappingURL=chunk.js.map');
    writeFileSync(join(dir, 'js/dev.js'), 'x();\n//# sourceMappingURL=data:application/json;base64,e30=');
    expect(sourceMapLeaks(dir)).toEqual(['js/app.js.map', 'js/chunk.js', 'js/dev.js']);
  });
});
