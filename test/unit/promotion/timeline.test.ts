import { describe, expect, it } from '@jest/globals';
import {
  carryTimeline,
  readTimeline,
  renderTimeline,
  TIMELINE_END,
  TIMELINE_START,
  upsertTimeline,
  withStep,
} from '../../../src/core/promotion/timeline.js';

const ORDER = ['staging', 'production'];

describe('the promotion timeline', () => {
  it('shows staging done and production waiting, like the mockup', () => {
    const t = withStep(
      { steps: [] },
      { environment: 'staging', status: 'done', version: '8', at: '2026-11-26T10:31:05Z' },
      ORDER,
    );
    const md = renderTimeline(t);
    expect(md).toContain(
      '**Promotion** · staging ✅ v8 at 2026-11-26 10:31 UTC · production ⏳ waiting for approval in `production` (next: v8)',
    );
    expect(md.startsWith(TIMELINE_START)).toBe(true);
    expect(md.endsWith(TIMELINE_END)).toBe(true);
  });

  it('round-trips its state through the comment and replaces itself in place', () => {
    const staged = withStep(
      { steps: [] },
      { environment: 'staging', status: 'done', version: '8' },
      ORDER,
    );
    const body = upsertTimeline(
      '<!-- m -->\n### report\n\n<sub>footer</sub>',
      renderTimeline(staged),
    );
    expect(body.indexOf(TIMELINE_START)).toBeLessThan(body.indexOf('<sub>footer</sub>'));
    expect(readTimeline(body)).toEqual(staged);
    const done = withStep(
      readTimeline(body),
      { environment: 'production', status: 'done', version: '8' },
      ORDER,
    );
    const next = upsertTimeline(body, renderTimeline(done));
    expect(next.split(TIMELINE_START)).toHaveLength(2);
    expect(next).toContain('production ✅ v8');
    expect(next).not.toContain('⏳');
  });

  it('shows a refusal with its reason, escaped', () => {
    const t = withStep(
      { steps: [] },
      {
        environment: 'production',
        status: 'refused',
        reason: 'metric <img src=x> dropped @team | [x](http://evil)',
      },
      ORDER,
    );
    const md = renderTimeline(t);
    expect(md).toContain('production ⛔ refused');
    expect(md).not.toMatch(/<img|@team|\]\(http/);
    expect(md).toContain('&#60;img src&#61;x&#62;');
  });

  it('keeps hostile environment names and URLs out of the markup', () => {
    const md = renderTimeline({
      steps: [
        { environment: '**prod** <b>', status: 'done', version: '1', url: 'javascript:alert(1)' },
      ],
    });
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('**prod**');
  });

  it('renders a step whose URL has a malformed percent-encoding, without the link', () => {
    const md = renderTimeline({
      steps: [{ environment: 'prod', status: 'done', version: '1', url: 'https://x/%E0%A4%A' }],
    });
    expect(md).toContain('prod ✅ v1');
    expect(md).not.toContain('](');
  });

  it('ignores damaged or foreign state', () => {
    expect(readTimeline('no section')).toEqual({ steps: [] });
    expect(readTimeline('<!-- kfp-action:promotion-state:!!!notbase64 -->')).toEqual({ steps: [] });
    const forged = Buffer.from(
      JSON.stringify({ steps: [{ environment: 'x', status: 'pwned' }, 5] }),
    ).toString('base64');
    expect(readTimeline(`<!-- kfp-action:promotion-state:${forged} -->`)).toEqual({ steps: [] });
  });

  it('appends the section to a body without a footer', () => {
    expect(upsertTimeline('body', 'S')).toBe('body\n\nS\n');
  });
});

describe('carryTimeline', () => {
  it('keeps the section when the merge report is rendered again', () => {
    const section = renderTimeline({
      steps: [{ environment: 'staging', status: 'done', version: '3' }],
    });
    const old = upsertTimeline('<!-- m -->\nold report\n\n<sub>f</sub>', section);
    const next = carryTimeline(old, '<!-- m -->\nnew report\n\n<sub>f2</sub>');
    expect(next).toContain('new report');
    expect(readTimeline(next).steps).toHaveLength(1);
    expect(carryTimeline('no section', 'x')).toBe('x');
  });
});
