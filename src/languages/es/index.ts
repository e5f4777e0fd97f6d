/**
 * The Spanish pack, as the Spanish press writes (Spain, `es-ES`). Sources:
 * - Long scale, no millardo: FundéuRAE ("el billion inglés no equivale al billón español":
 *   "7800 millones de dólares"), the RAE's Diccionario panhispánico de dudas (billion =
 *   mil millones, or the rare millardo), El País's Libro de estilo ("mil millones" rather
 *   than "millardo", as quoted by Wikilengua). The press keeps amounts below a billón in
 *   millones: El País 19/01/2018 "255.155 millones de euros", "un déficit comercial de
 *   25.141 millones"; Cinco Días 24/12/2004 "un déficit de 48.787 millones"; EFE 12/05/2017
 *   "9.781,6 millones de euros"; above, billones ("1,232 billones de euros" of debt).
 * - Short style "4530 mill. $" (./money.ts): the magnitude shortened by truncation with a
 *   period, the RAE's rule for abbreviations; "mill." itself is our knowledge of Spanish
 *   financial tables, not a cited source. The symbol after the figure with a space: RAE
 *   Ortografía (2010); EU Interinstitutional Style Guide 7.3.3 ("58 €").
 * - Axis title and CSV header "Millones de dólares", as Spanish statistical tables head a
 *   column ("Millones de euros"; EU Style Guide: "(en millones EUR)").
 * - Digits from Intl: 4530 without a separator (Fundéu's "7800 millones"; RAE Ortografía
 *   2010: four-digit figures are not grouped; El País still prints "4.530"), 45.300.
 * - Periods (./periods.ts): "primer semestre de 2025", "julio de 2025" (EFE, El País copy,
 *   our knowledge); "T3 2024", "S1 2025" on crowded axes (INE codes read "2024T3").
 * - Sentences: EFE style, subject first, no article before country names ("Estados Unidos
 *   registró"), "sendos" for one amount each, plurals déficits/superávits (DPD).
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
  // As English (RAE, Ortografía de la lengua española, 2010: paréntesis, dos puntos, coma, punto y coma).
  note: (text, note) => `${text} (${note})`,
  labelled: (label, value) => `${label}: ${value}`,
  list: (items) => items.join(', '),
  clauses: (items) => items.join('; '),
};

export const pack: LanguagePack = { locale: 'es-ES', dir: 'ltr', messages, numbers, periods, trend, drivers, regions };
