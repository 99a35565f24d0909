/**
 * BLS's fixed vocabularies in Spanish: the entry-level education, work experience, on-the-job
 * training and job outlook phrases. Closed lists: every value of BLS's Employment Projections
 * table 1.2 (2024-34) and of the OOH pages' Quick Facts; anything else is shown as given.
 */
const ES: Record<string, string> = {
  // Typical education needed for entry
  'doctoral or professional degree': 'Doctorado o título profesional',
  "master's degree": 'Maestría',
  "bachelor's degree": 'Licenciatura',
  "associate's degree": 'Título de asociado',
  'postsecondary nondegree award': 'Certificado postsecundario sin título universitario',
  'some college, no degree': 'Estudios universitarios sin título',
  'high school diploma or equivalent': 'Diploma de escuela secundaria o equivalente',
  'no formal educational credential': 'Sin credencial educativa formal',
  // Work experience in a related occupation; on-the-job training ("None": both feminine in Spanish)
  none: 'Ninguna',
  '5 years or more': '5 años o más',
  'less than 5 years': 'Menos de 5 años',
  'internship/residency': 'Prácticas o residencia',
  apprenticeship: 'Programa de aprendizaje',
  'long-term on-the-job training': 'Formación larga en el puesto de trabajo',
  'moderate-term on-the-job training': 'Formación de duración media en el puesto de trabajo',
  'short-term on-the-job training': 'Formación breve en el puesto de trabajo',
  // The OOH's pointer for occupations without one typical path
  'see how to become one': 'Vea «Cómo llegar a serlo»',
  // Job outlook
  'much faster than average': 'Mucho más rápido que la media',
  'faster than average': 'Más rápido que la media',
  'as fast as average': 'Tan rápido como la media',
  'slower than average': 'Más lento que la media',
  'little or no change': 'Poco o ningún cambio',
  decline: 'Disminución',
};

/** `text` in Spanish when it is one of BLS's fixed phrases (in any case, either apostrophe), else as given. */
export const spanishVocabulary = (text: string): string =>
  ES[text.trim().replace(/[‘’]/g, "'").toLowerCase()] ?? text;
