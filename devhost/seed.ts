/**
 * The dev host's deterministic demo organisation: the same tenants, people, teams and meetings on
 * every machine, so tests and screenshots can name them. All ids have the shapes Entra and Teams use.
 */

export type SeedRole = 'owner' | 'member' | 'guest';

export type SeedTenant = { id: string; name: string; domain: string };

export type SeedUser = {
  /** Entra object id (`oid`). */
  id: string;
  tenantId: string;
  displayName: string;
  givenName: string;
  surname: string;
  /** User principal name, the sign-in name. */
  upn: string;
  /** Email address; differs from the upn only for B2B guests. */
  mail: string;
  jobTitle: string;
  userType: 'Member' | 'Guest';
};

export type SeedMembership = { userId: string; role: SeedRole };

export type SeedChannel = {
  /** The channel's thread id; a channel meeting's chat id is this id too. */
  id: string;
  displayName: string;
  membershipType?: 'standard' | 'private' | 'shared';
};

export type SeedTeam = {
  /** The Microsoft 365 group id (`team.groupId` in the Teams context). */
  id: string;
  tenantId: string;
  displayName: string;
  description: string;
  generalChannelId: string;
  /** Channels besides General (Graph lists General first). */
  channels?: SeedChannel[];
  members: SeedMembership[];
};

export type SeedMeeting = {
  /** The online meeting id as Graph returns it (base64 of `1*{organiser}*0**{chatId}`). */
  id: string;
  tenantId: string;
  subject: string;
  /** The meeting chat id (`chat.id` in the Teams context). */
  chatId: string;
  organizerId: string;
  recurrence: 'weekly' | null;
  members: SeedMembership[];
};

export type SeedApp = {
  clientId: string;
  clientSecret: string;
  displayName: string;
  /** The app's service principal object id in each tenant; the `oid` of its app-only tokens. */
  servicePrincipalIds: Record<string, string>;
  /** Application permissions granted tenant-wide. RSC grants are per team/chat and never appear in tokens. */
  appRoles: string[];
};

export type Seed = {
  tenants: SeedTenant[];
  users: SeedUser[];
  teams: SeedTeam[];
  meetings: SeedMeeting[];
  devApp: SeedApp;
};

/** The password every seeded user signs in with (ROPC) on the dev identity provider. */
export const devPassword = 'candor-dev';

export const contoso: SeedTenant = {
  id: '8ddc22c8-86db-4d69-879a-1162c2e45438',
  name: 'Contoso',
  domain: 'contoso.example',
};

export const fabrikam: SeedTenant = {
  id: 'cf7487c6-6e99-4ecd-9f22-a7e7b0c3dc6b',
  name: 'Fabrikam',
  domain: 'fabrikam.example',
};

// [object id, given name, surname, job title]; the upn is given.surname@domain, ASCII-folded.
type Person = [string, string, string, string];

const contosoPeople: Person[] = [
  ['5380fc0c-d572-432c-acf8-ef9bc45bb447', 'Adele', 'Vance', 'Engineering Manager'],
  ['48d9a2aa-97b4-416c-a30e-f61c9050eb60', 'Diego', 'Siciliani', 'Staff Engineer'],
  ['c0273cb3-89c1-4fc2-a670-312c953e0397', 'Amara', 'Okafor', 'Site Reliability Engineer'],
  ['b3c92063-a625-45aa-bb59-6192cb3eebea', 'Wei', 'Zhang', 'Software Engineer'],
  ['9a2325b6-8900-4e84-b119-6f1b1168db2d', 'Priya', 'Natarajan', 'Software Engineer'],
  ['ab28b02c-7b31-40a3-be65-21beb6e1ea89', 'Tomasz', 'Nowak', 'Platform Engineer'],
  ['d92b6b54-d0a2-4d82-8c1e-0fc1f19c67bd', 'Leilani', 'Kahale', 'Security Engineer'],
  ['b1c3d484-ced3-4ea3-92ce-b1e911005366', 'Kwame', 'Mensah', 'Developer Advocate'],
  ['f7f44e27-e7d2-4557-9cc8-e80fd2b5f9dd', 'Megan', 'Bowen', 'Director of Customer Success'],
  ['d6b38acb-c7d2-482c-9134-e1b3eb413246', 'Mateo', 'Hernández', 'Customer Success Lead'],
  ['2c4ac911-6445-4bc7-8ac3-5219a2a02d9e', 'Sofia', 'Rossi', 'Customer Success Manager'],
  ['a79aa504-e651-4a8b-a409-0f928f9dd150', 'Aiko', 'Tanaka', 'Customer Success Manager'],
  ['728b3139-5271-4370-9da7-eb28f622c189', 'Fatima', 'Al-Sayed', 'Customer Success Manager'],
  ['83596d77-3730-4f71-ae75-18507580bd7f', 'Oluwaseun', 'Adeyemi', 'Support Engineer'],
  ['fb097888-9fef-445d-baab-aad285ac0e27', 'Ingrid', 'Johansson', 'Support Engineer'],
  ['a47356dc-fff9-4696-91ef-5795f50c2e80', 'Dmitri', 'Volkov', 'Support Engineer'],
  ['efe9bb99-63d3-4467-bb2f-1f41bc2a87ee', 'Camila', 'Souza', 'Onboarding Specialist'],
  ['c3cd5936-4667-4007-98a0-dde64095723a', 'Nia', 'Williams', 'Onboarding Specialist'],
  ['acd99004-be2a-4be0-9905-235fcd197ffc', 'Hamid', 'Rahimi', 'Solutions Architect'],
  ['8c00cd17-dd08-4373-9db6-1491deb41c69', 'Alex', 'Wilber', 'Account Manager'],
  ['94b266f0-d48f-44d3-8529-6a04439691fd', 'Grady', 'Archie', 'Account Manager'],
  ['e7ef2423-73bb-4f68-b486-d9e1ee410693', 'Henrietta', 'Mueller', 'Renewals Specialist'],
  ['4777a07f-3c22-4746-b67d-9fadb00d0a5b', 'Isaiah', 'Langer', 'Renewals Specialist'],
  ['7781d624-70ff-4179-8ccf-a1172984e4f8', 'Johanna', 'Lorenz', 'Technical Writer'],
  ['4569b753-5d7e-41e2-aac7-fe25cab84cdc', 'Joni', 'Sherman', 'Customer Success Manager'],
  ['7612feeb-db81-4461-8c71-669ca7d8f1ba', 'Lee', 'Gu', 'Data Analyst'],
  ['118e2735-48b5-47c5-b014-be1c4794b17d', 'Lidia', 'Holloway', 'Customer Success Manager'],
  ['ccb8aa99-bdd7-497c-aa98-1658ad05b336', 'Lynne', 'Robbins', 'Training Lead'],
  ['ea83f039-b269-4b46-91c3-d70690e218b4', 'Nestor', 'Wilke', 'Support Engineer'],
  ['0ba3285d-4cfd-422a-99cd-f43b9bcb2ca1', 'Patti', 'Fernandez', 'Customer Success Manager'],
  ['5dde3636-735c-415f-9879-b3c7f02349af', 'Pradeep', 'Gupta', 'Product Manager'],
  ['c51d19c7-12c3-4477-827f-fd9546d9b879', 'Miriam', 'Graham', 'Head of People'],
];

const fabrikamPeople: Person[] = [
  ['66117d72-e8f4-4be8-900e-d0434e8be185', 'Ravi', 'Shankar', 'Design Lead'],
  ['cd5350d8-98dc-47e5-9976-1112773e3724', 'Elena', 'Petrova', 'Product Designer'],
  ['f1f566c0-8f20-4acf-b806-8ed01c878947', 'Jonas', 'Berg', 'Product Designer'],
  ['30d826b6-fcf4-407a-bca4-4a8722ffa95c', 'Chloé', 'Martin', 'UX Researcher'],
  ['8c2216ef-817c-4244-8871-85f466b745f1', 'Yusuf', 'Demir', 'Content Designer'],
];

/** A Fabrikam consultant invited into Contoso as a B2B guest. */
const contosoGuest: SeedUser = {
  id: 'b4baef5e-650b-451d-94f9-aec4092c0258',
  tenantId: contoso.id,
  displayName: 'Marta Kowalczyk (Fabrikam)',
  givenName: 'Marta',
  surname: 'Kowalczyk',
  upn: 'marta.kowalczyk_fabrikam.example#EXT#@contoso.example',
  mail: 'marta.kowalczyk@fabrikam.example',
  jobTitle: 'Consultant',
  userType: 'Guest',
};

function toUser(tenant: SeedTenant, [id, givenName, surname, jobTitle]: Person): SeedUser {
  const local = `${givenName}.${surname}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return {
    id,
    tenantId: tenant.id,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    upn: `${local}@${tenant.domain}`,
    mail: `${local}@${tenant.domain}`,
    jobTitle,
    userType: 'Member',
  };
}

const users: SeedUser[] = [
  ...contosoPeople.map((p) => toUser(contoso, p)),
  contosoGuest,
  ...fabrikamPeople.map((p) => toUser(fabrikam, p)),
];

const idsOf = (people: Person[]): string[] => people.map(([id]) => id);
const cIds = idsOf(contosoPeople);
const fIds = idsOf(fabrikamPeople);

/** The id at a position of a people list; fails loudly if the lists above are edited short. */
function at(ids: string[], i: number): string {
  const id = ids[i];
  if (!id)
    throw new Error(`seed.ts: no person at index ${i}. Fix the membership lists in seed.ts.`);
  return id;
}

const pick = (ids: string[], ...indexes: number[]): string[] => indexes.map((i) => at(ids, i));

function memberships(
  ownerIds: string[],
  memberIds: string[],
  guestIds: string[] = [],
): SeedMembership[] {
  return [
    ...ownerIds.map((userId) => ({ userId, role: 'owner' as const })),
    ...memberIds.map((userId) => ({ userId, role: 'member' as const })),
    ...guestIds.map((userId) => ({ userId, role: 'guest' as const })),
  ];
}

// Platform: Adele and Diego own it; Wei and Kwame are also in Customer Success.
const platformTeam: SeedTeam = {
  id: '0e65e6ce-0f78-4f4e-9015-71ebc2a1e98f',
  tenantId: contoso.id,
  displayName: 'Platform',
  description: 'Infrastructure, developer experience and reliability.',
  generalChannelId: '19:2813d7a022a2d1cfd05757d78a91b610@thread.tacv2',
  members: memberships(cIds.slice(0, 2), [...cIds.slice(2, 8)]),
};

// Customer Success: Megan and Mateo own it; 22 members plus the Fabrikam guest make 25.
// Patti and Miriam are in no team, for "not a member" cases.
const customerSuccessTeam: SeedTeam = {
  id: '16906f55-e256-4372-9f7f-d28a352a394c',
  tenantId: contoso.id,
  displayName: 'Customer Success',
  description: 'Onboarding, support and renewals for Contoso customers.',
  generalChannelId: '19:84dd713c43efb4bc1c09b67cde726431@thread.tacv2',
  members: memberships(
    cIds.slice(8, 10),
    [...cIds.slice(10, 29), ...pick(cIds, 3, 7, 30)],
    [contosoGuest.id],
  ),
};

const fabrikamTeam: SeedTeam = {
  id: '759a0036-34a0-4e61-9d2e-e38aa378dca0',
  tenantId: fabrikam.id,
  displayName: 'Fabrikam Design',
  description: 'Product design and research.',
  generalChannelId: '19:7d1716c0703200c7e3aed19a1719478d@thread.tacv2',
  members: memberships(fIds.slice(0, 1), fIds.slice(1)),
};

function onlineMeetingId(organizerId: string, chatId: string): string {
  return btoa(`1*${organizerId}*0**${chatId}`);
}

const weeklySyncChat = '19:meeting_YmRlOTBmNDItMThiNS00NTE5LWE5Y2ItYzc2MWVjNThmNmY0@thread.v2';
const designCritChat = '19:meeting_N2M5YTdjYjEtZTE0NC00M2I0LWIyY2MtZmE4N2JhMWY5MmM2@thread.v2';

// Weekly sync: Adele organises; Miriam (in no team) and Sofia (Customer Success) join Platform people.
const adele = at(cIds, 0);
const weeklySync: SeedMeeting = {
  id: onlineMeetingId(adele, weeklySyncChat),
  tenantId: contoso.id,
  subject: 'Weekly sync',
  chatId: weeklySyncChat,
  organizerId: adele,
  recurrence: 'weekly',
  members: memberships([adele], pick(cIds, 1, 2, 4, 10, 31)),
};

const ravi = at(fIds, 0);
const designCrit: SeedMeeting = {
  id: onlineMeetingId(ravi, designCritChat),
  tenantId: fabrikam.id,
  subject: 'Design critique',
  chatId: designCritChat,
  organizerId: ravi,
  recurrence: null,
  members: memberships([ravi], fIds.slice(1, 3)),
};

export const devApp: SeedApp = {
  clientId: 'ecd057f8-9624-4b7d-9e31-d15c71660bb6',
  clientSecret: 'dev-only-secret-not-for-production-8f3c1e',
  displayName: 'Candor (dev host)',
  servicePrincipalIds: {
    [contoso.id]: '5f7e66f9-4a41-4ed8-88f5-c8fbfccd8bdd',
    [fabrikam.id]: 'fc6d9bfa-d550-4e4c-b4f0-22c9b6e8198f',
  },
  appRoles: ['TeamsActivity.Send'],
};

/** The demo organisation. Treat it as read-only. */
export const seed: Seed = {
  tenants: [contoso, fabrikam],
  users,
  teams: [platformTeam, customerSuccessTeam, fabrikamTeam],
  meetings: [weeklySync, designCrit],
  devApp,
};

/** Named entries for tests and the stand-in page. */
export const demo = {
  platform: platformTeam,
  customerSuccess: customerSuccessTeam,
  fabrikamDesign: fabrikamTeam,
  weeklySync,
  designCrit,
  guest: contosoGuest,
} as const;

export function userById(id: string, from: Seed = seed): SeedUser | undefined {
  return from.users.find((u) => u.id === id);
}

export function userByUpn(upn: string, from: Seed = seed): SeedUser | undefined {
  const wanted = upn.toLowerCase();
  return from.users.find((u) => u.upn.toLowerCase() === wanted);
}

export function teamById(groupId: string, from: Seed = seed): SeedTeam | undefined {
  const wanted = groupId.toLowerCase();
  return from.teams.find((t) => t.id === wanted);
}

export function meetingByChatId(chatId: string, from: Seed = seed): SeedMeeting | undefined {
  return from.meetings.find((m) => m.chatId === chatId);
}

export function tenantById(id: string, from: Seed = seed): SeedTenant | undefined {
  const wanted = id.toLowerCase();
  return from.tenants.find((t) => t.id === wanted);
}
