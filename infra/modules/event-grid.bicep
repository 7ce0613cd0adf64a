// The Event Grid system topic on the store's storage account. Its subscription to uploads/ needs the function app's
// blobs_extension key, which exists only once the app's code is deployed, so infra/hooks/postdeploy.sh creates it
// after every deployment rather than Bicep during provision.

param location string
param tags object
param name string
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
