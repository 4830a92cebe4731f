import { describe, expect, it } from 'vitest';
import { headersOf, urlOf } from './probe';

describe('requests of a check', () => {
  it("joins paths to base-url, keeping its path and taking the check's query", () => {
    expect(urlOf(new URL('https://staging.example.com'), '/api/x/').href).toBe(
      'https://staging.example.com/api/x/',
    );
    expect(urlOf(new URL('https://h.test/app/?token=1'), '/api/x?page=2').href).toBe(
      'https://h.test/app/api/x?page=2',
    );
    expect(urlOf(new URL('http://127.0.0.1:8000/'), '/healthz').href).toBe('http://127.0.0.1:8000/healthz');
  });

  it('lets a check override a header of the gate, or remove it with an empty value', () => {
    const gate = { 'User-Agent': 'gate', Authorization: 'Bearer t' };
    expect(headersOf(gate, { authorization: 'Basic x' })).toEqual({
      'User-Agent': 'gate',
      authorization: 'Basic x',
    });
    expect(headersOf(gate, { Authorization: '' })).toEqual({ 'User-Agent': 'gate' });
  });
});
