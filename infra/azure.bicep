// Candor in Azure, provisioned by the Microsoft 365 Agents Toolkit (m365agents.yml, arm/deploy).
//
// Why App Service on Linux rather than Container Apps:
// - The toolkit deploys to it natively (azureAppService/zipDeploy): a developer needs no Docker, no
//   image registry and no registry credentials to go from `atk provision` to a running app.
// - Everything Candor's deployment needs is a documented site setting: HTTPS only, HTTP/2 to browsers
//   (one connection carries every live-event stream), ARR affinity off (no sticky sessions), a health
//   check that takes a failing instance out of rotation, and Key Vault references resolved with a
//   managed identity.
// - Scaling out is the plan's instance count; live events cross instances through PostgreSQL
//   LISTEN/NOTIFY. (The container image in Dockerfile suits Container Apps or any other host too.)
//
// Secrets never appear as plain app settings or outputs: ENTRA_CLIENT_SECRET, CANDOR_HMAC_KEY and
// DATABASE_URL (which holds the PostgreSQL password) live in Key Vault, and the app reads them through
// Key Vault references with its user-assigned managed identity.
//
// tests/integration/agents-toolkit.test.ts checks that every parameter azure.parameters.json passes
// is declared here and every output m365agents.yml uses is produced here. No Bicep compiler can be
// installed on CI's machine, so this file is compiled only by the toolkit at provision time.

@minLength(4)
@maxLength(20)
@description('Used to name every resource; the toolkit passes candor plus RESOURCE_SUFFIX.')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU. P0v3 or larger for several always-on instances.')
param webAppSku string = 'P0v3'

@minValue(1)
@description('Instances behind App Service\'s load balancer (no sticky sessions).')
param instanceCount int = 2

@description('The Entra app registration\'s Application (client) ID (aadApp/create).')
param entraClientId string

@secure()
@description('A client secret of that app registration (aadApp/create).')
param entraClientSecret string

@secure()
@description('Base64 or base64url of at least 32 random bytes. Keep it stable: rotating it stops Candor recognising old pulse receipts.')
param candorHmacKey string

@description('Comma-separated tenant ids that may use Candor; empty means any tenant.')
param entraAllowedTenants string = ''

param postgresAdminLogin string = 'candor'

@secure()
@description('The PostgreSQL administrator password (generated once by infra/generate-secrets.mjs).')
param postgresAdminPassword string

@description('PostgreSQL Flexible Server SKU.')
param postgresSku string = 'Standard_B1ms'

param postgresTier string = 'Burstable'

var webAppName = resourceBaseName
var publicHost = '${webAppName}.azurewebsites.net'
// Key Vault names are global, 3-24 characters.
var keyVaultName = take('kv-${resourceBaseName}-${uniqueString(resourceGroup().id)}', 24)
var postgresName = '${resourceBaseName}-pg-${uniqueString(resourceGroup().id)}'
var databaseName = 'candor'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: postgresName
  location: location
  sku: {
    name: postgresSku
    tier: postgresTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
}

// Public access limited to Azure services (0.0.0.0); TLS is required by the server's default.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'entra-client-secret'
  properties: {
    value: entraClientSecret
  }
}

resource hmacSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'candor-hmac-key'
  properties: {
    value: candorHmacKey
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
  }
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-01-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [secretsReader]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance serves any request.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/node/server/main.js'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      alwaysOn: true
      healthCheckPath: '/api/health'
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'PUBLIC_URL'
          value: 'https://${publicHost}'
        }
        {
          name: 'ENTRA_CLIENT_ID'
          value: entraClientId
        }
        {
          name: 'ENTRA_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${entraSecret.properties.secretUri})'
        }
        {
          name: 'ENTRA_ALLOWED_TENANTS'
          value: entraAllowedTenants
        }
        {
          name: 'CANDOR_HMAC_KEY'
          value: '@Microsoft.KeyVault(SecretUri=${hmacSecret.properties.secretUri})'
        }
        {
          name: 'DATABASE_URL'
          value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        // Zip deploy carries dist/ and the lockfile; App Service installs production dependencies on
        // Linux, which builds better-sqlite3 for this machine.
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
        {
          name: 'CUSTOM_BUILD_COMMAND'
          value: 'npm ci --omit=dev --no-audit --no-fund'
        }
      ]
    }
  }
}

// Read by m365agents.yml (deploy, aadApp/update and the package build) and written to env/.env.dev.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = publicHost
output TAB_ENDPOINT string = 'https://${publicHost}'
output AZURE_KEY_VAULT_NAME string = vault.name
output POSTGRES_HOST string = postgres.properties.fullyQualifiedDomainName
