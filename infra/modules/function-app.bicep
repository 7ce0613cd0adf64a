// The Functions app on the Flex Consumption plan (FC1), .NET 10 isolated worker, with a system-assigned managed
// identity: the roles it needs (least privilege, function-app-access.bicep) and every app setting the app reads; and
// App Service Authentication (Entra ID) in front of the members' pages, signing in with a user-assigned identity. The
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

@description('Client (application) id of the Entra app registration members sign in through (infra/hooks/preprovision creates it).')
param membersSignInClientId string

@description('Entra tenant the app registration and the members belong to.')
param membersSignInTenantId string

@description('Entra group object id whose members may read every panel besides the officers (Members__AdministratorGroups). Empty: none.')
param administratorsGroupObjectId string

@description('Entra group object id of the officers, who may read every panel (Members__OfficerGroups). Empty: none.')
param officersGroupObjectId string

@description('Name of the user-assigned identity that signs members in for the app (its federated credential stands in for a client secret).')
param signInIdentityName string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

// App Service Authentication proves itself to Entra with this identity's token (a federated identity credential on
// the app registration, added by infra/hooks/postprovision) instead of a client secret. It does nothing else: no role
// anywhere, and assigned to this app alone.
resource signInIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: signInIdentityName
  location: location
  tags: tags
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
  // The system-assigned identity does the app's work (storage, Key Vault, Application Insights); the user-assigned
  // one only signs members in.
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${signInIdentity.id}': {}
    }
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
    Portal__BaseUrl: publicReports ? storage.properties.primaryEndpoints.web : 'https://${site.properties.defaultHostName}/api/members'
    // Where members read the reports no public site holds (internal ones): the members' pages behind Entra sign-in.
    Portal__MembersBaseUrl: 'https://${site.properties.defaultHostName}/api/members'
    // Who may read every panel on the members' pages, besides each panel's own readers (its configuration).
    Members__OfficerGroups: officersGroupObjectId
    Members__AdministratorGroups: administratorsGroupObjectId
    // Not a secret: the client id of the sign-in identity, whose token App Service Authentication presents to Entra
    // as its client assertion (clientSecretSettingName below names this setting).
    OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: signInIdentity.properties.clientId
    Portal__PublishPublicSite: publicReports ? 'true' : 'false'
    Notifications__WebhookUrl: hasNotificationsWebhook ? '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=notifications-webhook-url)' : ''
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  }
  dependsOn: [
    access
  ]
}

// App Service Authentication with Microsoft Entra ID. Every path needs a signed-in person (the platform sends the
// browser to the council's sign-in page and back), except those that carry their own keys: the report API for
// automation (function keys), the Event Grid webhook (the blobs_extension key) and the host's admin API (master
// key). The members' functions still refuse a request without a principal, so a too-wide exclusion shows nothing.
resource authentication 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: [
        '/api/reports'
        '/api/reports/*'
        '/runtime/webhooks/blobs'
        '/runtime/webhooks/blobs/*'
        '/admin'
        '/admin/*'
      ]
    }
    httpSettings: {
      requireHttps: true
      routes: {
        apiPrefix: '/.auth'
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: membersSignInClientId
          // https://login.microsoftonline.com/<tenant>/v2.0 in the public cloud.
          openIdIssuer: '${environment().authentication.loginEndpoint}${membersSignInTenantId}/v2.0'
          // No secret: the platform reads the sign-in identity's client id from this setting and signs in with it.
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
        }
        validation: {
          allowedAudiences: [
            'api://${membersSignInClientId}'
            membersSignInClientId
          ]
        }
        login: {
          disableWWWAuthenticate: false
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
      // The publication e-mail links to a version's place on its panel's page (#2019-09-v1), kept through sign-in.
      preserveUrlFragmentsForLogins: true
    }
  }
  dependsOn: [
    appSettings
  ]
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output id string = site.id
output signInIdentityPrincipalId string = signInIdentity.properties.principalId
