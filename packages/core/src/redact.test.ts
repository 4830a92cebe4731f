import { describe, expect, it } from 'vitest';
import { Redactor, secrets } from './redact';

describe('Redactor', () => {
  it('replaces every occurrence of a secret', () => {
    const r = new Redactor();
    r.add('s3cr3t-token');
    expect(r.redact('a s3cr3t-token b s3cr3t-token')).toBe('a *** b ***');
  });

  it('leaves text alone when nothing is registered, and ignores empty secrets', () => {
    const r = new Redactor();
    expect(r.redact('plain')).toBe('plain');
    r.add('');
    expect(r.size).toBe(0);
    expect(r.redact('plain')).toBe('plain');
  });

  it('replaces the longest secret first', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('abcdefgh');
    expect(r.redact('x abcdefgh y abcd')).toBe('x *** y ***');
  });

  it('treats regular-expression characters literally', () => {
    const r = new Redactor();
    r.add('p.a$s(w)o*rd[1]');
    expect(r.redact('p.a$s(w)o*rd[1] pXa$s(w)o*rd[1]')).toBe('*** pXa$s(w)o*rd[1]');
  });

  it('catches the URL-encoded, JSON-escaped and base64 forms', () => {
    const r = new Redactor();
    const secret = 'p@ss/w"rd\\1';
    r.add(secret);
    expect(r.redact(`url: https://u:${encodeURIComponent(secret)}@host/`)).toBe('url: https://u:***@host/');
    expect(r.redact(JSON.stringify({ password: secret }))).toBe('{"password":"***"}');
    expect(r.redact(`Basic ${Buffer.from(secret).toString('base64')}`)).not.toContain(
      Buffer.from(secret).toString('base64').replace(/=+$/, ''),
    );
  });

  it('catches base64 with or without padding', () => {
    const r = new Redactor();
    r.add('token');
    const encoded = Buffer.from('token').toString('base64');
    expect(encoded).toBe('dG9rZW4=');
    expect(r.redact(encoded)).toBe('***=');
    expect(r.redact(encoded.replace(/=+$/, ''))).toBe('***');
  });

  it('redacts each line of 4+ characters of a multi-line secret', () => {
    const r = new Redactor();
    r.add('-----BEGIN KEY-----\r\nMIIEabc\nxy\n-----END KEY-----');
    expect(r.redact('line: MIIEabc')).toBe('line: ***');
    expect(r.redact('-----END KEY-----')).toBe('***');
    expect(r.redact('xy stays')).toBe('xy stays');
    expect(r.redact('-----BEGIN KEY-----\r\nMIIEabc\nxy\n-----END KEY-----')).toBe('***');
  });

  it('counts distinct secrets, not their forms', () => {
    const r = new Redactor();
    r.add('one two');
    r.add('one two');
    r.add('three\nfour');
    expect(r.size).toBe(2);
  });

  it('picks up secrets added after a first redaction', () => {
    const r = new Redactor();
    r.add('first-secret');
    expect(r.redact('first-secret second-secret')).toBe('*** second-secret');
    r.add('second-secret');
    expect(r.redact('first-secret second-secret')).toBe('*** ***');
  });

  it('exports one process-wide redactor', () => {
    expect(secrets).toBeInstanceOf(Redactor);
  });
});
