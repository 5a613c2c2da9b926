// Azure resources for the bot, deployed by teamsapp.yml (arm/deploy): a Linux App Service on Node 24
// LTS (the Node CI tests) that runs the built bot (`teamsapp deploy` uploads `npm run stage`'s output:
// dist/, cards/ and production dependencies), a Key Vault holding the bot's client secret, and the
// Azure Bot registration that connects it to Teams. Report data comes from Microsoft Graph through the
// web app's system-assigned managed identity, which also reads the secret: no secret is a plain setting.
// The bot's state (subscriptions, conversation references, digest and activity claims, the Graph request
// budget) lives in a blob container that the same identity reaches, so one instance or several share it.

@minLength(4)
@maxLength(24)
@description('Name of every resource here: lower-case letters and digits, unique in Azure.')
param resourceBaseName string = 'usagebot${take(uniqueString(resourceGroup().id), 10)}'

@description('Client id of the bot\'s Microsoft Entra app (BOT_ID, written by botAadApp/create).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Microsoft Entra app (SECRET_BOT_PASSWORD).')
param botAadAppClientSecret string

@maxLength(42)
@description('Name of the bot in the Azure Bot registration.')
param botDisplayName string

@minLength(36)
@description('Microsoft Entra object ids of the admins who may use the bot, separated by commas (ALLOWED_USER_IDS).')
param allowedUserIds string

@description('App Service plan size; B1 is the smallest with Always On, which the weekly digest needs.')
param webAppSku string = 'B1'

@minValue(1)
@maxValue(3)
@description('How many instances of the web app run; they share their state through the storage account (B1 allows up to 3).')
param instanceCount int = 1

@allowed(['copilot-v1', 'copilot-v2', 'legacy-beta'])
@description('Which Copilot reports API the bot reads (COPILOT_REPORT_API).')
param copilotReportApi string = 'copilot-v1'

@description('Monthly price of a Copilot seat, e.g. "30 USD", or prices per SKU (COPILOT_LICENSE_PRICE); empty: no idle spend is shown.')
param copilotLicensePrice string = ''

@description('Extra Copilot SKU ids, separated by commas, beyond the documented ones (COPILOT_SKU_IDS).')
param copilotSkuIds string = ''

param location string = resourceGroup().location

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// The state store. Shared keys are off: the web app signs in with its managed identity only.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: resourceBaseName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'm365-usage-bot-state'
  properties: {
    publicAccess: 'None'
  }
}

// Activity claims (one per incoming message, so a Teams retry reaching another instance is not answered twice)
// are needed for minutes; the bot deletes those of days before yesterday, and this rule catches any it missed.
// Blob names encode keys: 'activity-claims/' is 'activity-claims~2F'.
resource stateLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-activity-claims'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${stateContainer.name}/activity-claims~2F']
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: 2
                }
              }
            }
          }
        }
      ]
    }
  }
}

// Storage Blob Data Contributor: read, write and delete blobs (and create the container if it is missing).
var storageBlobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource stateAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, webApp.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: storageBlobDataContributor
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The staged build, started as CI starts it: plain node, no npm, no TypeScript runner.
      appCommandLine: 'node --enable-source-maps --max-semi-space-size=16 --max-old-space-size=384 dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      // App Service probes this and takes an instance that keeps failing out of the load balancer.
      healthCheckPath: '/healthz'
    }
  }
}

// The bot's client secret lives in Key Vault; the app setting is a Key Vault reference that App Service
// resolves with the web app's managed identity, so the secret is never a plain app setting.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: resourceBaseName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: {
    value: botAadAppClientSecret
  }
}

// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Settings are applied after the role assignments, so the Key Vault reference and the blob container
// are reachable at first start.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [webAppReadsSecrets, stateAccess]
  properties: {
    // The upload is built and installed already (npm run stage); App Service installs nothing.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    // App Service routes to PORT (set by the platform) on the container's public interface.
    HOST: '0.0.0.0'
    BOT_ID: botAadAppClientId
    BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
    BOT_TYPE: 'SingleTenant'
    BOT_TENANT_ID: tenant().tenantId
    // Only these users, in the bot's tenant, are answered.
    ALLOWED_USER_IDS: allowedUserIds
    // Files each instance keeps for itself (report caches, exports), and a former file state the first
    // start imports: the state every instance needs is in the blob container.
    DATA_DIR: '/home/data'
    STATE_STORE: 'blob'
    AZURE_STORAGE_ACCOUNT_URL: storage.properties.primaryEndpoints.blob
    AZURE_STORAGE_CONTAINER: stateContainer.name
    GRAPH_AUTH: 'managed-identity'
    COPILOT_REPORT_API: copilotReportApi
    COPILOT_LICENSE_PRICE: copilotLicensePrice
    COPILOT_SKU_IDS: copilotSkuIds
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    // New multi-tenant bot registrations are no longer accepted: the bot's app lives in this tenant.
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenant().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by the toolkit under these names.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
// Grant this service principal the Graph application permission Reports.Read.All (see the README).
output GRAPH_MANAGED_IDENTITY_PRINCIPAL_ID string = webApp.identity.principalId
