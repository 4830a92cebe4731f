/**
 * A pure-Python wheel made on the spot, so a real `pip install` runs offline: `tinypkg-0.1`
 * (`import tinypkg; tinypkg.VALUE == 42`), found by pip through `PIP_FIND_LINKS` with
 * `PIP_NO_INDEX=1`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { systemPython } from './paths';

const WHEEL_SCRIPT = `
import base64, hashlib, sys, zipfile
files = {
    "tinypkg/__init__.py": "VALUE = 42\\n",
    "tinypkg-0.1.dist-info/METADATA": "Metadata-Version: 2.1\\nName: tinypkg\\nVersion: 0.1\\n",
    "tinypkg-0.1.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
record = []
with zipfile.ZipFile(sys.argv[1] + "/tinypkg-0.1-py3-none-any.whl", "w") as wheel:
    for name, text in files.items():
        data = text.encode()
        wheel.writestr(name, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append("tinypkg-0.1.dist-info/RECORD,,")
    wheel.writestr("tinypkg-0.1.dist-info/RECORD", "\\n".join(record) + "\\n")
`;

/** Writes `tinypkg-0.1-py3-none-any.whl` into `dir` (created) with Python's zipfile. */
export function writeTinyWheel(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync(systemPython, ['-c', WHEEL_SCRIPT, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
}
