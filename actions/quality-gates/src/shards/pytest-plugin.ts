/**
 * The small pytest plugin a sharded run loads (`-p maint_actions_shard`), written next to the
 * reports at run time. It has two jobs, one per option:
 * - `--maint-collect=FILE`: with `--collect-only`, writes the node ids pytest collected (after
 *   `-k`/`-m` and the like) and the files that failed to collect, as JSON;
 * - `--maint-shard=FILE`: reads the plan (every shard's node ids and this shard's number),
 *   leaves the test files of other shards uncollected, and deselects the tests of other shards.
 *   A test the plan does not know (collected now, not when planning) runs in the first shard
 *   that holds tests of its file, so no test is lost. A file that fails to collect is reported
 *   by the shard it was planned into, which still runs its other tests (as
 *   `--continue-on-collection-errors`), so which tests run does not depend on where the plan
 *   put a broken file (pytest-xdist already ran them; one process stopped before any test).
 * The plan travels in a file, not on the command line: a shard of thousands of node ids would be
 * an argument list longer than systems allow. With pytest-xdist every worker loads the plugin
 * (xdist gives workers the same arguments) and selects the same tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PLUGIN_MODULE = 'maint_actions_shard';

const SOURCE = `"""maint-actions quality-gates: one shard's tests (written by the action; do not edit)."""
import json
import os

_STATE = {}


def pytest_addoption(parser):
    group = parser.getgroup("maint-actions")
    group.addoption("--maint-collect", default=None, help="write the collected node ids to this JSON file")
    group.addoption("--maint-shard", default=None, help="run the tests of this shard plan (JSON)")


def pytest_configure(config):
    if config.getoption("maint_shard"):
        config.option.continue_on_collection_errors = True


def _plan(config):
    if "plan" not in _STATE:
        plan = None
        source = config.getoption("maint_shard")
        if source:
            with open(source, encoding="utf-8") as handle:
                data = json.load(handle)
            shards = [set(ids) for ids in data["shards"]]
            owner = {}
            for number, ids in enumerate(data["shards"]):
                for node_id in ids:
                    owner.setdefault(node_id.split("::", 1)[0], number)
            mine = data["shard"]
            plan = {
                "mine": shards[mine],
                "number": mine,
                "planned": set().union(*shards),
                "owner": owner,
                "files": {node_id.split("::", 1)[0] for node_id in shards[mine]},
            }
        _STATE["plan"] = plan
    return _STATE["plan"]


def _relative(config, path):
    try:
        return os.path.relpath(str(path), str(config.rootpath)).replace(os.sep, "/")
    except ValueError:
        return None


def pytest_ignore_collect(collection_path, config):
    plan = _plan(config)
    if plan is None or not collection_path.is_file():
        return None
    file = _relative(config, collection_path)
    if file in plan["owner"] and file not in plan["files"]:
        return True
    return None


def pytest_collection_modifyitems(config, items):
    plan = _plan(config)
    if plan is None:
        return
    keep, drop = [], []
    for item in items:
        node_id = item.nodeid
        if node_id in plan["mine"]:
            keep.append(item)
        elif node_id not in plan["planned"] and plan["owner"].get(node_id.split("::", 1)[0], 0) == plan["number"]:
            keep.append(item)
        else:
            drop.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
    items[:] = keep


def pytest_collectreport(report):
    if report.failed:
        _STATE.setdefault("errors", []).append(report.nodeid)


def pytest_collection_finish(session):
    target = session.config.getoption("maint_collect")
    if target:
        data = {"nodeIds": [item.nodeid for item in session.items], "errors": _STATE.get("errors", [])}
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
`;

/** Writes the plugin into `dir` (created) and returns the directory to put on PYTHONPATH. */
export async function writeShardPlugin(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${PLUGIN_MODULE}.py`), SOURCE);
  return dir;
}

/** `env` with `dir` first on PYTHONPATH. */
export function withPluginPath(
  env: Readonly<Record<string, string | undefined>>,
  dir: string,
): Record<string, string | undefined> {
  const current = env.PYTHONPATH;
  return { ...env, PYTHONPATH: current ? `${dir}${path.delimiter}${current}` : dir };
}
