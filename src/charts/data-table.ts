/** A plain data table: a caption, column headers and one header cell per row, all real `th`s. */
import { html, type TemplateResult } from 'lit';

export interface DataTable {
  caption: string;
  /** Column headers; the first heads the row-header column. */
  columns: string[];
  /** Each row: its header text, then its cells. */
  rows: { header: string; cells: string[]; focus?: boolean }[];
  /** Right-align every column after the first (numbers). */
  numeric?: boolean;
}

export function renderDataTable(table: DataTable, part = 'table'): TemplateResult {
  return html`<div class="table-wrap">
    <table part=${part} class=${table.numeric ? 'numeric' : ''}>
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr class=${row.focus ? 'focus' : ''}>
              <th scope="row">${row.header}</th>
              ${row.cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
