/**
 * The Spanish pack, as the Spanish press writes (Spain, `es-ES`). Sources:
 * - Amounts (./money.ts): long scale, "4530 millones de dólares", "1,23 billones de yenes":
 *   FundéuRAE ("el billion inglés no equivale al billón español": "7800 millones de
 *   dólares"), the RAE's Diccionario panhispánico de dudas (billion = mil millones or
 *   millardo, the latter rare), El País's Libro de estilo ("mil millones" rather than
 *   "millardo"); EFE and elEconomista copy keep every amount under a billón in millones
 *   ("9781,6 millones de euros", "65.763 millones"). Short style "4530 mill. $": the
 *   magnitude abbreviated by truncation (RAE rule; "mill." from our knowledge of the
 *   financial press's tables, no source found), the symbol after the figure (RAE
 *   Ortografía 2010; EU Interinstitutional Style Guide 7.3.3: "58 €"). Axis titles and CSV
 *   headers "Millones de dólares", as El País's charts and INE/Expansión tables head them.
 * - Digits from Intl: 4530 without a separator, 45.300 with one (RAE Ortografía 2010 and
 *   Fundéu: four-digit figures are not grouped), decimal comma.
 * - Periods (./periods.ts): "primer semestre de 2025", "julio de 2025" (EFE, El País);
 *   "T3 2024", "S1 2025" on crowded axes (INE writes "2024T3").
 * - Sentences: EFE style, subject first, no article before country names ("Estados Unidos
 *   registró"), "sendos" for one amount each, plural déficits/superávits (RAE).
 */
import type { LanguagePack } from '../pack.js';
import type { Messages } from '../../format/messages.js';
import { numbers } from './money.js';
import { periods } from './periods.js';
import { drivers } from './drivers.js';
import { regions } from './regions.js';
import { trend } from './trend.js';

const messages: Messages = {
  showTable: 'Ver tabla',
  hideTable: 'Ocultar tabla',
  getData: 'Descargar los datos',
  downloadPng: 'Descargar PNG',
  downloadSvg: 'Descargar SVG',
  retry: 'Reintentar',
  loading: 'Cargando el gráfico…',
  noData: 'No hay datos que mostrar',
  notPublished: 'no publicado',
  provisional: 'provisional',
  provisionalName: (name) => `${name} (provisional)`,
  // A list of names, so no article to agree: "Datos provisionales: primer semestre de 2025."
  provisionalNote: (names) => `Datos provisionales: ${names}.`,
  source: 'Fuente',
  notes: 'Notas',
  derived: 'calculado',
  period: 'Periodo',
  value: 'Valor',
  previous: 'Anterior',
  change: 'Variación',
  share: 'Peso',
  total: 'Total',
  category: 'Partida',
  notApplicable: 'no procede',
  noNote: 'ninguna',
  yes: 'sí',
  errorPrefix: 'No se pudo mostrar el gráfico',
  keyboardHint: 'Use las flechas para moverse entre los elementos e Intro para seleccionar',
  surplus: 'superávit',
  deficit: 'déficit',
  balance: 'saldo',
  chartLabel: (title) => (title ? `Gráfico: ${title}` : 'Gráfico'),
  current: (label, value) => `${label}: ${value}`,
  selected: (label, value) => `Seleccionado: ${label}, ${value}`,
};

export const pack: LanguagePack = { locale: 'es-ES', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
