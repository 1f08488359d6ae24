import { detectEnvironment, isDarkColor, type OfficeGlobal } from '../../src/taskpane/office-ready';

const office = (onReady: OfficeGlobal['onReady']): OfficeGlobal => ({
  onReady,
  HostType: { Excel: 'Excel' as unknown as Office.HostType },
  context: { officeTheme: { bodyBackgroundColor: '#1f1f1f' } as Office.OfficeTheme },
});

describe('detectEnvironment', () => {
  it('is file mode without office.js, without a host, or when onReady never answers', async () => {
    await expect(detectEnvironment(undefined)).resolves.toEqual({ kind: 'browser', reason: 'no-office-js' });
    await expect(detectEnvironment(office(async () => ({ host: null, platform: null })))).resolves.toEqual({
      kind: 'browser',
      reason: 'no-host',
    });
    await expect(
      detectEnvironment(
        office(() => new Promise(() => undefined)),
        20,
      ),
    ).resolves.toEqual({
      kind: 'browser',
      reason: 'timeout',
    });
  });

  it('is Excel with its theme when onReady says so', async () => {
    const env = await detectEnvironment(
      office(async () => ({
        host: 'Excel' as unknown as Office.HostType,
        platform: 'OfficeOnline' as unknown as Office.PlatformType,
      })),
    );
    expect(env).toMatchObject({ kind: 'excel', platform: 'OfficeOnline' });
    expect(env.kind === 'excel' && isDarkColor(env.theme?.bodyBackgroundColor)).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
  });
});
