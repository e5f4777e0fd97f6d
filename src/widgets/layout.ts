/** Layout numbers the builders and the runtime share. */

/** Below this chart width (CSS px) the builders lay out for phones. */
export const NARROW_WIDTH = 480;
