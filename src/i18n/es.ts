/** Every text the elements write, in Spanish. Profile content (titles, paragraphs) is shown as given. */
import type { Strings } from './en.js';
import { spanishVocabulary } from './es.vocabulary.js';

const basis = (hourly: boolean) => (hourly ? 'por hora' : 'anuales');
const after = (text?: string | number) => (text ? `, ${text}` : '');

export const es: Strings = {
  loading: 'Cargando el perfil de la ocupación…',
  missingSource:
    'Indique en el atributo src la URL de un perfil de ocupación (JSON), o asigne un objeto de perfil a la propiedad data.',
  errorTitle: 'No se pudo mostrar este perfil de ocupación',
  errorUrl: 'URL del perfil',
  errors: {
    http: (url, status, statusText = '') =>
      `El servidor respondió HTTP ${status}${statusText ? ` ${statusText}` : ''} para ${url}`,
    network: (url) =>
      `No se pudo conectar con ${url} (error de red, o bloqueado por la política CORS del servidor)`,
    timeout: (url, seconds) => `${url} no respondió en ${seconds} s`,
    invalidUrl: (src) => `«${src}» no es una URL válida`,
    empty: (url) => `${url} devolvió un cuerpo vacío, no JSON`,
    html: (url) => `${url} devolvió una página HTML, no JSON`,
    json: (url, reason) => `${url} no es JSON válido: ${reason}`,
    unreadable: (url) => `No se pudo leer ${url} como perfil de ocupación.`,
    invalid:
      'Sus datos están incompletos o no tienen la forma esperada (los detalles están en la consola del navegador).',
  },
  orMore: (money) => `${money} o más`,
  perYear: (money) => `${money} al año`,
  perHour: (money) => `${money} por hora`,
  sourceNote: (parts) => `Fuente: ${parts.join('; ')}`,
  projectionsPeriod: (period) => `proyecciones ${period}`,
  wagesPeriod: (period) => `salarios ${period}`,

  quickFactsTitle: (title) => `Datos básicos: ${title}`,
  noQuickFacts: 'Este perfil no tiene datos básicos.',
  medianPay: (year) => `Salario mediano${after(year)}`,
  entryLevelEducation: 'Nivel de estudios típico para empezar',
  workExperience: 'Experiencia laboral en una ocupación afín',
  onTheJobTraining: 'Formación en el puesto de trabajo',
  jobs: (year) => `Número de empleos${after(year)}`,
  outlook: (period) => `Perspectivas laborales${after(period)}`,
  employmentChange: (period) => `Cambio en el empleo${after(period)}`,
  vocabulary: spanishVocabulary,

  showTable: 'Ver tabla',
  showChart: 'Ver gráfico',
  showingTable: 'Se muestran los datos en una tabla.',
  showingChart: 'Se muestra el gráfico.',
  notAvailable: 'No disponible',
  highlighted: (label) => `${label} (resaltado)`,
  thisOccupation: '(esta ocupación)',
  barChart: 'Gráfico de barras',
  describeBars: (items, highest) =>
    `${items.join('; ')}.${highest ? ` Valor más alto: ${highest}.` : ''}`,
  item: (label, value) => `${label}: ${value}`,

  noPay: 'Este perfil no tiene datos de salarios.',
  noHourly: 'Este perfil no tiene salarios por hora.',
  payTitle: (hourly, period) => `Salarios ${basis(hourly)} medianos${after(period)}`,
  occupationColumn: 'Ocupación',
  medianWage: (hourly) => `Salario ${hourly ? 'por hora' : 'anual'} mediano`,
  distributionTitle: (hourly, period) =>
    `Distribución de los salarios ${basis(hourly)}${after(period)}`,
  percentile: { p10: '10 %', p25: '25 %', p50: 'Mediana', p75: '75 %', p90: '90 %' },
  percentileName: {
    p10: 'Percentil 10',
    p25: 'Percentil 25',
    p50: 'Mediana',
    p75: 'Percentil 75',
    p90: 'Percentil 90',
  },
  distributionChart: 'Gráfico de rango',
  percentileColumn: 'Percentil',
  wage: 'Salario',
  distributionSentence: (low, high) =>
    low && high
      ? `El 10 por ciento con menores ingresos ganó menos de ${low}, y el 10 por ciento con mayores ingresos ganó más de ${high}.`
      : low
        ? `El 10 por ciento con menores ingresos ganó menos de ${low}.`
        : high
          ? `El 10 por ciento con mayores ingresos ganó más de ${high}.`
          : '',
  industriesTitle: (hourly, period) =>
    `Salarios ${basis(hourly)} medianos en las principales industrias${after(period)}`,
  industry: 'Industria',

  noOutlook: 'Este perfil no tiene datos de perspectivas laborales.',
  outlookTitle: (period) =>
    `Cambio porcentual en el empleo${period ? `, proyectado ${period}` : ''}`,
  percentChange: 'Cambio porcentual',
  averageSentence: (average) =>
    `La tasa de crecimiento media de todas las ocupaciones es ${average}.`,
  projectionsCaption: (title, period) =>
    `Datos de proyecciones de empleo para ${title}${after(period)}`,
  occupationalTitle: 'Ocupación',
  socCode: 'Código SOC',
  employmentIn: (year) => `Empleo${after(year)}`,
  projectedIn: (year) => `Empleo proyectado${after(year)}`,
  changeIn: (period) => `Cambio${after(period)}`,
  percent: 'Porcentaje',
  numeric: 'Número',
  getData: 'Obtener datos',
  getDataLabel: (title) => `proyecciones de empleo para ${title}`,

  tabs: {
    summary: 'Resumen',
    'what-they-do': 'Qué hacen',
    'work-environment': 'Entorno de trabajo',
    'how-to-become-one': 'Cómo llegar a serlo',
    pay: 'Salario',
    'job-outlook': 'Perspectivas laborales',
    'state-and-area': 'Datos por estado y área',
    'similar-occupations': 'Ocupaciones similares',
    'more-information': 'Más información',
  },
  tabsLabel: (title) => `${title}: secciones`,
  socCodes: (codes) => `${codes.length > 1 ? 'Códigos' : 'Código'} SOC: ${codes.join(', ')}`,
  aboutSection: 'Acerca de esta sección',
  sourceLine: (parts) => `Fuente: ${parts.join(', ')}.`,
  edition: (edition) => `edición ${edition}`,
  lastModified: (date) => `Última modificación: ${date}`,
  citation: 'Cita sugerida:',
  viewOriginal: 'Este perfil en el sitio del Occupational Outlook Handbook',
  coveredBy: 'Descrito en el perfil del Handbook',

  noEmployers: 'Este perfil no tiene datos de empleadores.',
  employersTitle: (year) => `Principales empleadores${after(year)}`,
  shareOfJobs: 'Porcentaje de empleos',
  heldJobs: (title, jobs, year) => `${title}: unos ${jobs} empleos${year ? ` en ${year}` : ''}.`,

  similarTitle: (title) => `Ocupaciones similares a ${title}`,
  noSimilar: 'Este perfil no tiene ocupaciones similares.',
  jobDuties: 'Funciones',
  entryLevelEducationColumn: 'Nivel de estudios para empezar',
  sortableHint: 'Las columnas con botones se pueden ordenar.',
  sortBy: 'Ordenar por:',
  sortedByPay: (ascending) =>
    `Ordenado por salario mediano, ${ascending ? 'de menor a mayor' : 'de mayor a menor'}.`,
  sortedByEducation: (ascending) =>
    `Ordenado por nivel de estudios, ${ascending ? 'de menor a mayor' : 'de mayor a menor'}.`,

  indexLoading: 'Cargando la lista de ocupaciones…',
  indexErrorTitle: 'No se pudo mostrar la lista de ocupaciones',
  indexUrl: 'URL del índice',
  growthColumn: 'Crecimiento proyectado',
  jobsColumn: 'Número de empleos',
  newJobsColumn: 'Empleos nuevos (proyectados)',
  openingsColumn: 'Vacantes al año',
  growthValue: (percent, phrase) => (phrase ? `${percent} (${phrase})` : percent),

  finderMissingSource: 'Indique en el atributo src la URL del índice de ocupaciones (JSON).',
  search: 'Buscar por título o código SOC',
  any: 'Cualquiera',
  growthFilter: 'Crecimiento proyectado',
  newJobsFilter: 'Empleos nuevos (proyectados)',
  newJobsDecline: 'Menos empleos (disminución)',
  atLeast: (count) => `${count} o más`,
  minPay: 'Salario mediano anual, desde ($)',
  maxPay: 'hasta ($)',
  clearFilters: 'Borrar la búsqueda y los filtros',
  resultCount: (count, formatted) =>
    count === 1 ? 'Coincide 1 ocupación.' : `Coinciden ${formatted} ocupaciones.`,
  showingFirst: (shown, total) => `Se muestran las primeras ${shown} de ${total}.`,
  noResults: 'Ninguna ocupación coincide. Pruebe con menos palabras o quite un filtro.',
  resultsCaption: 'Ocupaciones',
  finderSortHint: 'Las columnas con botones ordenan la lista.',
  finderSortBy: 'Ordenar por:',
  sortedBy: (column, ascending, title) =>
    `Ordenado por ${column}, ${
      title
        ? ascending
          ? 'de la A a la Z'
          : 'de la Z a la A'
        : ascending
          ? 'de menor a mayor'
          : 'de mayor a menor'
    }.`,
  showMore: (count) => `Mostrar ${count} más`,
  socLabel: 'SOC',

  compareLoading: 'Cargando las ocupaciones que se comparan…',
  compareMissingSource:
    'Indique en el atributo src de dos a cuatro URL de perfiles de ocupación (JSON), separadas por espacios, o en el atributo index un índice para elegirlas de una lista.',
  compareErrorTitle: 'No se pudo mostrar una ocupación',
  compareCaption: (count) =>
    count === 1 ? 'Una ocupación: añada otra para comparar' : `${count} ocupaciones lado a lado`,
  percentileRow: (name, hourly) => `${name} (salario ${hourly ? 'por hora' : 'anual'})`,
  addLabel: 'Añadir una ocupación a la comparación',
  choose: 'Elija una ocupación…',
  add: 'Añadir',
  remove: (title) => `Quitar ${title}`,
  removeText: 'Quitar',
  added: (title) => `${title}: añadida.`,
  removed: (title) => `${title}: quitada.`,
  atMost: 'Una comparación muestra como máximo cuatro ocupaciones: quite una para añadir otra.',
  payRangeTitle: 'Salario anual: percentiles 10, 25, mediana, 75 y 90',
  payRangeHourlyTitle: 'Salario por hora: percentiles 10, 25, mediana, 75 y 90',
  describePay: (title, items) => `Gráfico de rangos. ${title}. ${items.join(' ')}`,
  payItem: (label, values) => `${label}: ${values}.`,
  changeTitle: 'Cambio proyectado en el empleo, en porcentaje',
  describeChange: (title, items) => `Gráfico de barras. ${title}. ${items.join('; ')}.`,
  highlightedLabel: (title) => `${title} (resaltada)`,
  legendRange: 'Percentiles 10 a 90',
  legendBox: 'Percentiles 25 a 75',
  legendMedian: 'Mediana',
};
