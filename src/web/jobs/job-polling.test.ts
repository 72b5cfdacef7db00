import { describe, expect, it } from 'vitest';
import { isRetryWaiting, JOB_POLL_MS, jobPollInterval, nextPoll, RETRY_POLL_MAX_MS } from './job-polling.js';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const inMs = (ms: number) => new Date(NOW + ms).toISOString();
const always = () => true;
const never = () => false;

describe('how often a job is read', () => {
  it('reads a queued or running job every 500 ms', () => {
    expect(jobPollInterval({ status: 'queued' }, NOW)).toBe(JOB_POLL_MS);
    expect(jobPollInterval({ status: 'running', retryAt: null }, NOW)).toBe(500);
  });

  it('stops once the job is over, or when there is none', () => {
    for (const status of ['done', 'failed', 'cancelled'] as const) expect(jobPollInterval({ status }, NOW)).toBe(false);
    expect(jobPollInterval({ status: 'failed', retryAt: inMs(2000) }, NOW)).toBe(false);
    expect(jobPollInterval(undefined, NOW)).toBe(false);
  });

  it('while a retry waits, reads again when it is due, at most every 500 ms and at least every 5 s', () => {
    expect(jobPollInterval({ status: 'queued', retryAt: inMs(2000) }, NOW)).toBe(2000);
    expect(jobPollInterval({ status: 'queued', retryAt: inMs(60_000) }, NOW)).toBe(RETRY_POLL_MAX_MS);
    expect(jobPollInterval({ status: 'queued', retryAt: inMs(100) }, NOW)).toBe(JOB_POLL_MS);
    expect(jobPollInterval({ status: 'queued', retryAt: inMs(-3000) }, NOW)).toBe(JOB_POLL_MS);
    expect(jobPollInterval({ status: 'queued', retryAt: 'not a time' }, NOW)).toBe(JOB_POLL_MS);
  });

  it('knows a waiting retry by its time', () => {
    expect(isRetryWaiting({ status: 'queued', retryAt: inMs(1000) })).toBe(true);
    expect(isRetryWaiting({ status: 'queued', retryAt: null })).toBe(false);
    expect(isRetryWaiting({ status: 'queued' })).toBe(false);
    expect(isRetryWaiting({ status: 'failed', retryAt: inMs(1000) })).toBe(false);
  });
});

describe('following a job after a read', () => {
  const running = { status: 'running' } as const;

  it('goes on while the job runs and stops when it is over', () => {
    expect(nextPoll({ status: 'success', data: running, error: null }, NOW, always)).toBe(500);
    expect(nextPoll({ status: 'success', data: { status: 'done' }, error: null }, NOW, always)).toBe(false);
  });

  it('stops after a failed read that ends the following, and reads again after one that does not', () => {
    expect(nextPoll({ status: 'error', data: running, error: new Error('gone') }, NOW, always)).toBe(false);
    expect(nextPoll({ status: 'error', data: running, error: new Error('blip') }, NOW, never)).toBe(500);
    expect(nextPoll({ status: 'error', data: { status: 'done' }, error: new Error('blip') }, NOW, never)).toBe(false);
  });
});
