// The Functions app on the Flex Consumption plan (FC1), .NET 10 isolated worker, with a system-assigned managed
// identity: the roles it needs (least privilege, function-app-access.bicep) and every app setting the app reads. The
// settings are their own resource, applied after the role assignments, so that the Key Vault references and the
// identity-based storage connections resolve on the first start.

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

@description('PUBLICATION_TIMER_SCHEDULE: six-field cron, always UTC. Only when the timer fires; what is due comes from REPORT_SCHEDULE.')
param publicationTimerSchedule string

@description('UPLOAD_SWEEP_SCHEDULE: six-field cron, always UTC.')
param uploadSweepSchedule string

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

// The identity's roles, in a module so that each assignment's name can be derived from the principal ID.
module access 'function-app-access.bicep' = {
  name: 'function-app-access'
  params: {
    storageAccountName: storage.name
    keyVaultName: vault.name
    applicationInsightsName: applicationInsights.name
    // The role assignments' names come from the principal ID, which exists only once the site does, so What-If
    // cannot predict them; that is the price of names that follow the identity.
    #disable-next-line what-if-short-circuiting
    principalId: site.identity.principalId
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
    // The system-assigned identity, so no ScrutinyStore__clientId: that names a user-assigned identity, and the app
    // builds its store credential from these same settings.
    ScrutinyStore__credential: 'managedidentity'
    // Read in UTC: WEBSITE_TIME_ZONE is deliberately not set.
    // What is due: the monthly publication. The timer fires more often (PUBLICATION_TIMER_SCHEDULE) and each firing
    // publishes only what this and the last publication record say is due, so a failed run is published by a later
    // firing and a correction uploaded after publication is re-issued.
    REPORT_SCHEDULE: reportSchedule
    PUBLICATION_TIMER_SCHEDULE: publicationTimerSchedule
    REMINDER_SCHEDULE: reminderSchedule
    // Takes in any file left in uploads/ for more than 10 minutes: Event Grid gave up on it (see the dead letters), or
    // the blob trigger's poison queue took its message.
    UPLOAD_SWEEP_SCHEDULE: uploadSweepSchedule
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
    access
  ]
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output id string = site.id
