// The Functions app on the Flex Consumption plan (FC1), .NET 10 isolated worker, with a system-assigned managed
// identity: the roles it needs (least privilege) and every app setting the app reads. The settings are their own
// resource, applied after the role assignments, so that the Key Vault references and the identity-based storage
// connections resolve on the first start.

param location string
param tags object
param name string
param planName string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string
param keyVaultName string

@description('Most instances the app scales out to; it scales in to none when idle.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('REPORT_SCHEDULE: six-field cron (seconds first), always UTC.')
param reportSchedule string

@description('REMINDER_SCHEDULE: six-field cron (seconds first), always UTC.')
param reminderSchedule string

param reminderDaysBefore int
param publicReports bool
param smtpHost string
param smtpPort int
param smtpFrom string
param smtpUserName string
param smtpUseStartTls bool

@description('Whether the vault holds a Teams webhook URL (notifications-webhook-url).')
param hasNotificationsWebhook bool

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd deploys the service named "function" in azure.yaml to the app with this tag.
  tags: union(tags, { 'azd-service-name': 'function' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    // Flex Consumption keeps the runtime here, not in FUNCTIONS_WORKER_RUNTIME or linuxFxVersion.
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No publishing with user names and passwords: azd deploys with the signed-in user's Entra ID token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// Storage Blob Data Owner: the Functions runtime manages blob leases and the deployment package, and the store
// writes, archives and deletes files (the blob trigger's documented requirement with an identity connection).
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor: the notifications queue and the poison queues.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor: the store's tables (catalogue, observations, ledgers, panels).
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets User on the vault, which holds only this app's secrets: the Key Vault references resolve with it.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Monitoring Metrics Publisher: Application Insights accepts only Entra ID-authenticated telemetry (DisableLocalAuth).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, site.id, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host's own storage (leases, timers, keys), by managed identity.
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    // The store and the blob and queue triggers (Connection = "ScrutinyStore").
    ScrutinyStore__blobServiceUri: storage.properties.primaryEndpoints.blob
    ScrutinyStore__queueServiceUri: storage.properties.primaryEndpoints.queue
    ScrutinyStore__tableServiceUri: storage.properties.primaryEndpoints.table
    ScrutinyStore__credential: 'managedidentity'
    // Read in UTC: WEBSITE_TIME_ZONE is deliberately not set.
    REPORT_SCHEDULE: reportSchedule
    REMINDER_SCHEDULE: reminderSchedule
    Reminders__DaysBefore: string(reminderDaysBefore)
    Smtp__Host: smtpHost
    Smtp__Port: string(smtpPort)
    Smtp__From: smtpFrom
    Smtp__UserName: smtpUserName
    // Key Vault references without a version: the app reads the latest version of each secret (see rotation in
    // docs/deployment.md). The secret names are the ones key-vault.bicep writes.
    Smtp__Password: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=smtp-password)'
    Smtp__UseStartTls: smtpUseStartTls ? 'true' : 'false'
    Portal__BaseUrl: publicReports ? storage.properties.primaryEndpoints.web : 'https://${site.properties.defaultHostName}/api/reports'
    // Where internal reports are read, whether or not there is a public site: the app's authenticated endpoint.
    Portal__InternalReportsBaseUrl: 'https://${site.properties.defaultHostName}/api/reports'
    Portal__PublishPublicSite: publicReports ? 'true' : 'false'
    Notifications__WebhookUrl: hasNotificationsWebhook ? '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=notifications-webhook-url)' : ''
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  }
  dependsOn: [
    blobDataOwner
    queueDataContributor
    tableDataContributor
    secretsUser
    metricsPublisher
  ]
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output id string = site.id
