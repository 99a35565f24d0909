/**
 * A chart's data as a table: a caption, two column headers (what each row is, and its value)
 * and for each row a header cell (a real `th`) and its value, right-aligned as a number. The row
 * the chart highlights is bold and says so in words (`focusNote`), not by its look alone.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The look of `renderDataTable`'s tables, in any element that shows one: row headers in normal
 * weight, figures right-aligned in tabular digits, the highlighted row bold.
 */
export const dataTableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  tbody th {
    font-weight: 400;
  }
  table.numeric td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  table.numeric thead th:not(:first-child) {
    text-align: end;
  }
  tr.focus > * {
    font-weight: 700;
  }
  tr.focus .note {
    font-weight: 400;
  }
`;

export interface DataTable {
  caption: string;
  columns: [label: string, value: string];
  rows: { header: string; value: string; focus?: boolean | undefined }[];
  /** Written after the highlighted row's header, e.g. "(this occupation)". */
  focusNote?: string;
}

export function renderDataTable({ caption, columns, rows, focusNote }: DataTable): TemplateResult {
  return html`<div class="table-wrap">
    <table part="table" class="numeric">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${columns[0]}</th>
          <th scope="col">${columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr class=${row.focus ? 'focus' : ''}>
              <th scope="row">
                ${row.header}
                ${row.focus && focusNote ? html`<span class="note">${focusNote}</span>` : nothing}
              </th>
              <td>${row.value}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
