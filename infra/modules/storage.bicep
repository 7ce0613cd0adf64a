// The store's storage account: the app's containers, tables and queues, the Functions runtime's own state and the
// deployment package. Nothing signs in with an account key (allowSharedKeyAccess: false); the function app uses its
// managed identity and officers their own Entra ID sign-in. Deleted and overwritten blobs are kept (soft delete and
// versioning), so no upload is ever lost.

param location string
param tags object
param name string

@description('The container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('The container Event Grid writes the events it could not deliver to IngestUpload to (dead letters).')
param deadLetterContainerName string

@description('Serve the public reports from the static website ($web). The $web container is public whatever allowBlobPublicAccess says.')
param publicReports bool

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Days a deleted blob, blob version or container can be restored.')
@minValue(7)
@maxValue(365)
param deleteRetentionDays int = 30

// The containers the app names (src/ScrutinyReports.Pipeline/Storage/IFileStore.cs, Containers).
var appContainers = [
  'uploads'
  'archive'
  'reports'
  'comparators'
  'mail'
  'templates'
]

// The tables the Azure store uses (src/ScrutinyReports.Storage.Azure/StoreTables.cs).
var appTables = [
  'catalogue'
  'observations'
  'uploads'
  'reports'
  'panels'
  'followups'
]

// notifications feeds SendNotification, which puts a message that keeps failing on notifications-poison; a blob
// that keeps failing IngestUpload is reported on webjobs-blobtrigger-poison. The publication timer puts one message
// per panel on publications (PublishPanelReport; a message that keeps failing goes to publications-poison, whose
// trigger reports it) and one per wave on portal-refresh, which regenerates the portal once the wave is done.
var appQueues = [
  'notifications'
  'notifications-poison'
  'webjobs-blobtrigger-poison'
  'publications'
  'publications-poison'
  'portal-refresh'
]

resource account 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-08-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    // Since API version 2025-08-01 the static website is part of the blob service resource, so no data-plane call
    // (and no storage data role for the person deploying) is needed to switch it on or off.
    staticWebsite: {
      enabled: publicReports
      indexDocument: 'index.html'
      errorDocument404Path: '404.html'
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = [
  for container in concat(appContainers, [deploymentContainerName, deadLetterContainerName]): {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-08-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-08-01' = [
  for queue in appQueues: {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-08-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-08-01' = [
  for table in appTables: {
    parent: tableService
    name: table
  }
]

output name string = account.name
output id string = account.id
output uploadsContainerUrl string = '${account.properties.primaryEndpoints.blob}uploads'
output staticWebsiteUrl string = account.properties.primaryEndpoints.web
