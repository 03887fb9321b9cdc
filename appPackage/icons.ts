import { PNG } from 'pngjs';

/** Candor's accent colour; the manifest's `accentColor` is the same value. */
export const accentColor = '#1F7A6D';

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];
/** The icon square mapped to [0, 1] x [0, 1]: which part of it the mark covers. */
type Frame = { left: number; top: number; size: number };

const white: Rgb = [255, 255, 255];
const accent: Rgb = [
  parseInt(accentColor.slice(1, 3), 16),
  parseInt(accentColor.slice(3, 5), 16),
  parseInt(accentColor.slice(5, 7), 16),
];
// Supersampling per axis; 8 x 8 samples give smooth edges without a vector renderer.
const samples = 8;

/**
 * The full-colour icon, 192 x 192: a white speech bubble holding a "C" on Candor's colour.
 * The mark sits in the middle so Teams' rounded mask never clips it.
 */
export function renderColorIcon(): PNG {
  const frame: Frame = { left: 0.17, top: 0.19, size: 0.66 };
  return render(192, (x, y) => {
    const bubble = coverage(x, y, 192, frame, inBubble);
    const letter = coverage(x, y, 192, frame, inLetter);
    const rgb = mix(mix(accent, white, bubble), accent, letter);
    return [rgb[0], rgb[1], rgb[2], 255];
  });
}

/**
 * The outline icon, 32 x 32: the same bubble in white on a transparent background, the "C" cut out.
 * Teams requires outline icons to be white with transparency only, so every pixel is white and only
 * alpha varies.
 */
export function renderOutlineIcon(): PNG {
  const frame: Frame = { left: 0, top: 0.03, size: 1 };
  return render(32, (x, y) => {
    const bubble = coverage(x, y, 32, frame, inBubble);
    const letter = coverage(x, y, 32, frame, inLetter);
    const alpha = Math.max(0, bubble - letter);
    return [255, 255, 255, Math.round(alpha * 255)];
  });
}

function render(size: number, pixel: (x: number, y: number) => number[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(pixel(x, y), (y * size + x) * 4);
    }
  }
  return png;
}

/** The fraction of pixel (px, py) that a shape covers, with the shape drawn in the frame. */
function coverage(
  px: number,
  py: number,
  size: number,
  frame: Frame,
  inside: (x: number, y: number) => boolean,
): number {
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = (px + (sx + 0.5) / samples) / size;
      const v = (py + (sy + 0.5) / samples) / size;
      if (inside((u - frame.left) / frame.size, (v - frame.top) / frame.size)) hits++;
    }
  }
  return hits / (samples * samples);
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * amount);
  return [channel(0), channel(1), channel(2)];
}

// The mark, in a unit square: a rounded speech bubble with a tail at the lower left.
function inBubble(x: number, y: number): boolean {
  return (
    inRoundedRect(x, y, 0.08, 0.1, 0.92, 0.74, 0.17) ||
    inTriangle(x, y, [0.2, 0.68], [0.46, 0.68], [0.16, 0.92])
  );
}

// A "C": a ring around the bubble's centre, open to the right, with rounded ends.
const letterCentre: Point = [0.5, 0.42];
const letterRadius = 0.19;
const letterStroke = 0.085;
const letterGap = Math.PI / 4;

function inLetter(x: number, y: number): boolean {
  const dx = x - letterCentre[0];
  const dy = y - letterCentre[1];
  const distance = Math.hypot(dx, dy);
  const onRing = Math.abs(distance - letterRadius) <= letterStroke / 2;
  if (onRing && Math.abs(Math.atan2(dy, dx)) >= letterGap) return true;
  return [letterGap, -letterGap].some((angle) => {
    const endX = letterCentre[0] + letterRadius * Math.cos(angle);
    const endY = letterCentre[1] + letterRadius * Math.sin(angle);
    return Math.hypot(x - endX, y - endY) <= letterStroke / 2;
  });
}

function inRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
): boolean {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function inTriangle(x: number, y: number, a: Point, b: Point, c: Point): boolean {
  const side = (p: Point, q: Point) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
