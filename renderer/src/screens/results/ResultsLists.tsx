// The records a final report lists: late documents, documents still defective (at the close, or
// as of now while open), waivers, extensions and voided documents. Each row links to its holder.
import { Accordion, Anchor, Table, Text } from '@mantine/core';
import { DEFECT_LABELS } from '../../../../main/core/results-report';
import type { ReportDocumentLine, ResultsSummary } from '../../../../main/ipc/dto';
import { hrefFor } from '../../ui/route';

function DocumentTable({ label, lines, note }: { label: string; lines: ReportDocumentLine[]; note: (l: ReportDocumentLine) => string }) {
  if (lines.length === 0) return <Text c="dimmed">None.</Text>;
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">Doc.</Table.Th>
          <Table.Th>Holder</Table.Th>
          <Table.Th>Document</Table.Th>
          <Table.Th>Received</Table.Th>
          <Table.Th>Note</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.documentId}>
            <Table.Td className="num">{l.documentId}</Table.Td>
            <Table.Td>
              <Anchor href={hrefFor({ screen: 'holder', employeeId: l.employeeId })}>{l.name}</Anchor> ({l.employeeId})
            </Table.Td>
            <Table.Td>{l.kind === 'election' ? 'Election Form' : 'Notice to Change Election'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.receivedAtText}</Table.Td>
            <Table.Td>{note(l)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ResultsLists({ r }: { r: ResultsSummary }) {
  const defectiveTitle = r.closing ? 'Documents defective at the close' : 'Documents defective as of now';
  return (
    <Accordion multiple variant="separated" defaultValue={['defective', 'late']} aria-label="Records of the offer">
      <Accordion.Item value="late">
        <Accordion.Control>Late documents ({r.lateDocuments.length})</Accordion.Control>
        <Accordion.Panel>
          <DocumentTable label="Late documents" lines={r.lateDocuments} note={() => 'Received after the expiration: no effect'} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="defective">
        <Accordion.Control>
          {defectiveTitle} ({r.defectiveDocuments.length})
        </Accordion.Control>
        <Accordion.Panel>
          <DocumentTable label={defectiveTitle} lines={r.defectiveDocuments} note={(l) => l.openDefects.map((d) => DEFECT_LABELS[d]).join('; ')} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="waivers">
        <Accordion.Control>Waivers ({r.waivers.length})</Accordion.Control>
        <Accordion.Panel>
          {r.waivers.length === 0 ? (
            <Text c="dimmed">None.</Text>
          ) : (
            <Table striped aria-label="Waivers">
              <Table.Tbody>
                {r.waivers.map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td>{DEFECT_LABELS[w.defect]}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{w.grantedAtText}</Table.Td>
                    <Table.Td>{w.operator}</Table.Td>
                    <Table.Td>{w.voidedReason === null ? w.reason : `VOIDED (${w.voidedReason}): ${w.reason}`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="extensions">
        <Accordion.Control>Extensions ({r.extensions.length})</Accordion.Control>
        <Accordion.Panel>
          {r.extensions.length === 0 ? (
            <Text c="dimmed">None.</Text>
          ) : (
            <Table striped aria-label="Extensions">
              <Table.Tbody>
                {r.extensions.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {e.fromText} → {e.toText}
                    </Table.Td>
                    <Table.Td>
                      {e.voidedReason === null ? '' : `VOIDED (${e.voidedReason}): `}
                      {e.reason}
                      {e.announcedLate ? ' (announced late)' : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="voided">
        <Accordion.Control>Voided documents ({r.voidedDocuments.length})</Accordion.Control>
        <Accordion.Panel>
          <DocumentTable
            label="Voided documents"
            lines={r.voidedDocuments}
            note={(l) => `${l.voidReason ?? ''}${l.replacedBy === null ? '' : ` (corrected by no. ${l.replacedBy})`}`}
          />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
