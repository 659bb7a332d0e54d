/**
 * Jest setup file (setupFilesAfterEnv): after each test file, every comment, job summary and
 * report body the file's tests produced (collected by the fake GitHub and the action runner) is
 * rendered with GitHub's renderer and must hold nothing live from untrusted input.
 */
import { afterAll, expect } from '@jest/globals';
import { checkCollected } from './github-render.js';

afterAll(() => {
  expect(checkCollected()).toEqual([]);
});
