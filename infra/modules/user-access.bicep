// People's access. Officers upload figures: Storage Blob Data Contributor on the uploads container only, so they can
// neither read the archive nor change published reports. The person who runs azd may set the app's secrets (the SMTP
// password rotation in docs/deployment.md).

param storageAccountName string
param keyVaultName string

@description('Object ID of the Entra ID group of officers who upload figures. Empty: none is granted here.')
param officersGroupObjectId string

@description('Object ID of the person (or pipeline) running azd. Empty: none is granted here.')
param deployerPrincipalId string

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource uploads 'containers' existing = {
      name: 'uploads'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

// Storage Blob Data Contributor, scoped to the uploads container.
resource officersUpload 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(officersGroupObjectId)) {
  name: guid(storage::blobService::uploads.id, officersGroupObjectId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: storage::blobService::uploads
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: officersGroupObjectId
    principalType: 'Group'
  }
}

// Key Vault Secrets Officer on the vault: rotate the SMTP password with az keyvault secret set.
resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: deployerPrincipalId
  }
}
