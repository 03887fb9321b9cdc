import { describe, expect, it } from 'vitest';
import { connectionWarning } from './meeting-view.js';

describe('connectionWarning', () => {
  it('stays quiet while five frames leave the browser a connection for requests', () => {
    expect(connectionWarning(5)).toBeNull();
  });

  it('names HTTP/1.1 and the way out from six frames on', () => {
    expect(connectionWarning(6)).toMatch(/HTTP\/1\.1.*6 connections per host.*at most 5/s);
    expect(connectionWarning(9)).toMatch(/^9 frames are open/);
  });
});
