// Key Vault in RBAC mode, holding the app's secrets: the SMTP password and, when one is given, the Teams webhook URL.
// The function app reads them through Key Vault references; the secret values never appear in app settings.

param location string
param tags object
param name string

@secure()
@description('The SMTP password, kept as the secret smtp-password.')
param smtpPassword string

@secure()
@description('A Teams incoming webhook URL, kept as the secret notifications-webhook-url. It carries its own signature, so it is a secret. Empty: none.')
param notificationsWebhookUrl string = ''

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

resource webhookSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(notificationsWebhookUrl)) {
  parent: vault
  name: 'notifications-webhook-url'
  properties: {
    value: notificationsWebhookUrl
    contentType: 'text/plain'
  }
}

output name string = vault.name
