import { tokens, type GriffelStyle } from '@fluentui/react-components';
import type { Favourability } from '../../shared/pulse/api.js';

/**
 * The one favourability palette, for every view that draws favourable / neutral / unfavourable:
 * each part is a filled shape with its own pattern (solid, diagonal stripes, dots), so the three
 * differ without colour, in print and in forced colours, where every palette token turns into
 * the same system colour. The numbers are always written out beside the shapes too.
 */
export const favourabilityFill: Record<keyof Favourability, GriffelStyle> = {
  favourable: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
  neutral: {
    backgroundColor: tokens.colorNeutralBackground5,
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorNeutralStrokeAccessible} 0 2px, transparent 2px 5px)`,
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Canvas',
      backgroundImage: 'repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px)',
    },
  },
  unfavourable: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    backgroundImage: `radial-gradient(${tokens.colorNeutralBackground1} 1.2px, transparent 1.6px)`,
    backgroundSize: '5px 5px',
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Canvas',
      backgroundImage: 'radial-gradient(CanvasText 1.4px, transparent 1.8px)',
    },
  },
};
