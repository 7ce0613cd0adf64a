// The Event Grid system topic on the store's storage account. Its subscription to uploads/ needs the function app's
// blobs_extension key, which exists only once the app's code is deployed, so infra/hooks/postdeploy.sh creates it
// after every deployment rather than Bicep during provision. Events the subscription cannot deliver are written, with
// the topic's own managed identity, to the dead-letter container.

param location string
param tags object
param name string
param storageAccountName string

@description('The container in the storage account that undeliverable events are written to.')
param deadLetterContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

module deadLetterAccess 'dead-letter-access.bicep' = {
  name: 'dead-letter-access'
  params: {
    storageAccountName: storage.name
    containerName: deadLetterContainerName
    // The role assignment's name comes from the principal ID, which exists only once the topic does, so What-If
    // cannot predict it; that is the price of a name that follows the identity.
    #disable-next-line what-if-short-circuiting
    principalId: systemTopic.identity.principalId
  }
}

output name string = systemTopic.name
