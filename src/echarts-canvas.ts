/**
 * The canvas renderer, registered on demand: only `renderer="canvas"` and PNG export need
 * it, so SVG pages (the default) never download it.
 */
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([CanvasRenderer]);
