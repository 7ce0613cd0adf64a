// Lets the Event Grid system topic's managed identity write undeliverable events to the dead-letter container, and
// nowhere else. A module of its own so that the role assignment's name can be derived from the identity's principal
// ID (guid(scope, principal, role)), which a name may use only when it is known as the deployment starts.

param storageAccountName string
param containerName string

@description('Principal (object) ID of the system topic\'s managed identity.')
param principalId string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetters 'containers' existing = {
      name: containerName
    }
  }
}

// Storage Blob Data Contributor, scoped to the dead-letter container.
resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetters.id, principalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: storage::blobService::deadLetters
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
