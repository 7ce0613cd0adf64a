// ScrutinyReports on Azure: `azd up` provisions everything here, deploys src/ScrutinyReports.Functions and then runs
// infra/hooks/postdeploy (the Event Grid subscription to uploads/). See docs/deployment.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; with the subscription and location it seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource; it must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object ID of the person or pipeline running azd (AZURE_PRINCIPAL_ID), given Key Vault Secrets Officer to rotate secrets. Empty: none.')
param principalId string = ''

@description('SMTP server the app sends mail through, such as smtp.office365.com.')
param smtpHost string

param smtpPort int = 587

@description('Address the app sends mail from.')
param smtpFrom string

@description('SMTP user name; empty for a relay that needs none.')
param smtpUserName string = ''

@secure()
@description('SMTP password, kept in Key Vault as smtp-password.')
param smtpPassword string

param smtpUseStartTls bool = true

@description('Publish public reports to the storage account\'s static website ($web), which anyone can read.')
param publicReports bool = false

@description('Object ID of the Entra ID group whose members upload figures (Storage Blob Data Contributor on uploads only). Empty: none.')
param officersGroupObjectId string = ''

@description('Client (application) id of the Entra app registration members sign in through. infra/hooks/preprovision creates the registration when ENTRA_CLIENT_ID is unset and sets it.')
@minLength(36)
@maxLength(36)
param membersSignInClientId string

@description('Entra tenant members sign in to; empty: the tenant of the subscription.')
param membersSignInTenantId string = ''

@description('Object ID of the Entra ID group of the app\'s administrators, who may read every panel\'s reports on the members\' pages. Empty: none.')
param administratorsGroupObjectId string = ''

@description('REPORT_SCHEDULE: the monthly publication, six-field cron in UTC. Default: 07:00 UTC on the 5th.')
param reportSchedule string = '0 0 7 5 * *'

@description('REMINDER_SCHEDULE: the daily reminder run, six-field cron in UTC. Default: 08:00 UTC daily.')
param reminderSchedule string = '0 0 8 * * *'

@description('PUBLICATION_TIMER_SCHEDULE: when the publication timer fires, six-field cron in UTC. Default: hourly. Each firing publishes only what REPORT_SCHEDULE and the last publication record say is due, so a failed run is retried and a late correction re-issued.')
param publicationTimerSchedule string = '0 0 * * * *'

@description('UPLOAD_SWEEP_SCHEDULE: when the sweep takes in files left in uploads/ for more than 10 minutes, six-field cron in UTC. Default: every 15 minutes.')
param uploadSweepSchedule string = '0 */15 * * * *'

@description('Reminders__DaysBefore: how many days before a deadline officers are reminded.')
@minValue(0)
param reminderDaysBefore int = 5

@secure()
@description('Teams incoming webhook URL for notifications, kept in Key Vault. Empty: none.')
param notificationsWebhookUrl string = ''

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
// Names are worked out here rather than taken from module outputs, so that What-If can predict every resource.
var functionAppName = 'func-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
var systemTopicName = 'evgt-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
// Where Event Grid writes the events it gives up delivering to IngestUpload; the file itself stays in uploads/.
var deadLetterContainerName = 'uploads-deadletter'

// The Event Grid subscription that drives IngestUpload. It is not declared here: its webhook URL carries the Functions
// host's blobs_extension key, which exists only once the deployed code has started (and reading it with listKeys
// while the host restarts fails the provision). The postdeploy hook creates or updates it after every deployment from
// these values, which reach it as outputs.
var ingestFunctionName = 'IngestUpload'
var uploadsSubscriptionName = 'uploads-to-ingest'
var uploadsSubjectBeginsWith = '/blobServices/default/containers/uploads/'
var uploadsEventTypes = [
  'Microsoft.Storage.BlobCreated'
]

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    name: storageAccountName
    deploymentContainerName: deploymentContainerName
    deadLetterContainerName: deadLetterContainerName
    publicReports: publicReports
    skuName: storageSkuName
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    name: keyVaultName
    smtpPassword: smtpPassword
    notificationsWebhookUrl: notificationsWebhookUrl
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    name: functionAppName
    planName: 'plan-${resourceToken}'
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    keyVaultName: keyVaultName
    maximumInstanceCount: maximumInstanceCount
    reportSchedule: reportSchedule
    reminderSchedule: reminderSchedule
    publicationTimerSchedule: publicationTimerSchedule
    uploadSweepSchedule: uploadSweepSchedule
    reminderDaysBefore: reminderDaysBefore
    publicReports: publicReports
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpFrom: smtpFrom
    smtpUserName: smtpUserName
    smtpUseStartTls: smtpUseStartTls
    hasNotificationsWebhook: !empty(notificationsWebhookUrl)
    membersSignInClientId: membersSignInClientId
    membersSignInTenantId: empty(membersSignInTenantId) ? tenant().tenantId : membersSignInTenantId
    officersGroupObjectId: officersGroupObjectId
    administratorsGroupObjectId: administratorsGroupObjectId
    signInIdentityName: 'id-signin-${resourceToken}'
  }
  dependsOn: [
    storage
    monitoring
    keyVault
  ]
}

module userAccess 'modules/user-access.bicep' = {
  name: 'user-access'
  scope: resourceGroup
  params: {
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    officersGroupObjectId: officersGroupObjectId
    deployerPrincipalId: principalId
  }
  dependsOn: [
    storage
    keyVault
  ]
}

module eventGrid 'modules/event-grid.bicep' = {
  name: 'event-grid'
  scope: resourceGroup
  params: {
    location: location
    tags: tags
    name: systemTopicName
    storageAccountName: storageAccountName
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    storage
  ]
}

// Read by azd (AZURE_*) and by the hooks, which get every output as an environment variable.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_ID string = storage.outputs.id
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output PORTAL_URL string = publicReports ? storage.outputs.staticWebsiteUrl : 'https://${functionApp.outputs.defaultHostName}/api/members'
output MEMBERS_URL string = 'https://${functionApp.outputs.defaultHostName}/api/members'
// infra/hooks/postprovision trusts this identity on the app registration (a federated identity credential).
output SIGN_IN_IDENTITY_PRINCIPAL_ID string = functionApp.outputs.signInIdentityPrincipalId
output UPLOADS_CONTAINER_URL string = storage.outputs.uploadsContainerUrl
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output UPLOADS_SUBSCRIPTION_NAME string = uploadsSubscriptionName
output UPLOADS_SUBJECT_BEGINS_WITH string = uploadsSubjectBeginsWith
output UPLOADS_EVENT_TYPES string = join(uploadsEventTypes, ' ')
output INGEST_FUNCTION_NAME string = ingestFunctionName
output UPLOADS_DEADLETTER_CONTAINER_NAME string = deadLetterContainerName
