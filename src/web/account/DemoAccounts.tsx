import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Role } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { DEMO_ACCOUNTS } from '../session/demo-accounts.js';
import { roleKey } from '../session/role-text.js';
import { TableScroll } from '../ui/TableScroll.js';
import './account.css';

/** The role of each demo account in words, numbered where a role has several accounts ("Utvärderare 1", "Utvärderare 2"). */
function accountLabels(roleName: (role: Role) => string): string[] {
  return DEMO_ACCOUNTS.map((account, index) => {
    const same = DEMO_ACCOUNTS.filter((other) => other.role === account.role);
    if (same.length === 1) return roleName(account.role);
    return `${roleName(account.role)} ${DEMO_ACCOUNTS.slice(0, index + 1).filter((other) => other.role === account.role).length}`;
  });
}

/** The demo accounts with their passwords, clearly marked as such; "Fill in" puts one in the form. */
export function DemoAccounts({ onUse }: { onUse: (account: { role: Role; email: string; password: string }) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const labels = accountLabels((role) => t(roleKey(role)));
  return (
    <section aria-labelledby={headingId} className="panel account-panel demo-accounts">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('signIn.demoHeading')}{' '}
        <Tag data-color="warning" className="inline-tag">
          {t('users.demo')}
        </Tag>
      </Heading>
      <Paragraph>{t('signIn.demoIntro')}</Paragraph>
      <TableScroll labelledBy={captionId}>
        <Table className="data-table demo-accounts__table">
          <caption id={captionId}>{t('signIn.demoCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('signIn.demoRole')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('signIn.demoEmail')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('signIn.demoPassword')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="ds-sr-only">{t('users.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {DEMO_ACCOUNTS.map((account, index) => (
              <Table.Row key={account.email}>
                <Table.HeaderCell scope="row">{labels[index]}</Table.HeaderCell>
                <Table.Cell className="demo-accounts__value">{account.email}</Table.Cell>
                <Table.Cell className="demo-accounts__value">{account.password}</Table.Cell>
                <Table.Cell>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('signIn.demoUseLabel', { role: labels[index]! })}
                    onClick={() => onUse(account)}
                  >
                    {t('signIn.demoUse')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
