import type { GriffelStyle } from '@fluentui/react-components';

/** Read by screen readers, not shown: live announcements and context a sighted user sees elsewhere. */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
