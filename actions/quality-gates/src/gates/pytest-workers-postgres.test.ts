/**
 * Issue 18.4: pytest-workers on a service whose tests use PostgreSQL (a real server on
 * loopback): pytest-django gives each xdist worker its own test database (test_<name>_gw0, …),
 * so the workers do not share rows, and every test database is dropped at the end.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type DatabaseServer,
  postgresMissing,
  startPostgres,
  useClinicPostgres,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../run';
import { copyClinicRepo, inputsWith, platformAt, tempDir } from './test-support';

/** Tests that each see their worker's own database, empty at the start of each test. */
const WORKER_TESTS = `import datetime
import os

import pytest
from django.db import connection

from bookings.models import Appointment


@pytest.mark.django_db
@pytest.mark.parametrize("n", range(6))
def test_database_of_worker(n):
    worker = os.environ["PYTEST_XDIST_WORKER"]
    assert connection.vendor == "postgresql"
    assert connection.settings_dict["NAME"] == f"test_clinic_{worker}"
    starts = datetime.datetime(2026, 1, 1, 9, n, tzinfo=datetime.timezone.utc)
    Appointment.objects.create(patient=f"p{n}", starts_at=starts)
    assert Appointment.objects.count() == 1
`;

describe.skipIf(postgresMissing)('pytest workers on PostgreSQL', () => {
  let server: DatabaseServer;
  beforeAll(async () => {
    server = await startPostgres();
    await server.sql('postgres', 'CREATE DATABASE clinic');
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('gives each worker its own test database and drops them all', { timeout: 180_000 }, async () => {
    const { dir, cleanup } = await tempDir('qg-xdist-pg-');
    try {
      const repo = await copyClinicRepo(dir);
      const env = await useClinicPostgres(repo, server.url('clinic'));
      await writeFile(path.join(repo, 'tests/test_workers.py'), WORKER_TESTS);
      const platform = platformAt(repo, { env });

      const result = await run({ platform, inputs: inputsWith({ gates: ['pytest'], pytestWorkers: '2' }) });

      const pytest = result.report?.checks[0];
      expect(pytest?.command).toEqual(expect.arrayContaining(['-n', '2']));
      expect(pytest?.status).toBe('passed');
      expect(pytest?.summary).toBe('8 passed');
      expect(result.report?.meta?.['pytest-workers']).toBe('2 (pytest-xdist)');
      // The workers' databases are gone; the service's own is untouched.
      expect(
        (
          await server.sql(
            'postgres',
            "SELECT datname FROM pg_database WHERE datname LIKE '%clinic%' ORDER BY 1",
          )
        ).trim(),
      ).toBe('clinic');
    } finally {
      await cleanup();
    }
  });
});
