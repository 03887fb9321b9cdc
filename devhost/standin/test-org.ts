import type { Org } from './org.js';

/** A tiny org for unit tests; the real demo org comes from devhost/seed.ts. */
export const testOrg: Org = {
  tenants: [{ id: 'tenant-1', name: 'Contoso' }],
  users: [
    {
      id: 'u-adele',
      displayName: 'Adele Vance',
      upn: 'adele@contoso.example',
      tenantId: 'tenant-1',
    },
    { id: 'u-ben', displayName: 'Ben Okafor', upn: 'ben@contoso.example', tenantId: 'tenant-1' },
    { id: 'u-chen', displayName: 'Chen Wei', upn: 'chen@contoso.example', tenantId: 'tenant-1' },
    { id: 'u-dara', displayName: 'Dara Byrne', upn: 'dara@contoso.example', tenantId: 'tenant-1' },
  ],
  teams: [
    {
      groupId: 'g-platform',
      name: 'Platform',
      tenantId: 'tenant-1',
      channel: { id: '19:general@thread.tacv2', name: 'General' },
      members: [
        { userId: 'u-adele', role: 'owner' },
        { userId: 'u-ben', role: 'member' },
        { userId: 'u-chen', role: 'guest' },
      ],
    },
  ],
  meetings: [
    {
      chatId: '19:meeting_abc@thread.v2',
      onlineMeetingId: 'MSo-online-meeting',
      key: 'weekly-sync',
      title: 'Weekly sync',
      tenantId: 'tenant-1',
      organizerId: 'u-ben',
      memberIds: ['u-adele', 'u-ben', 'u-chen', 'u-dara'],
    },
  ],
};
