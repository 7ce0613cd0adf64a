# azd runs this after every `azd provision` on Windows (postprovision.sh elsewhere; keep the two alike): it sets the
# members' app registration's reply address to the function app and trusts the app's sign-in identity with a
# federated identity credential, which App Service Authentication presents instead of a client secret. Safe to run
# again. Needs the Azure CLI, signed in (az login) as an owner of the app registration.
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

foreach ($name in 'ENTRA_CLIENT_ID', 'AZURE_TENANT_ID', 'FUNCTION_APP_URL', 'SIGN_IN_IDENTITY_PRINCIPAL_ID') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        Write-Error "postprovision: $name is not set; run azd provision (or azd up), which sets it."
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'postprovision: the Azure CLI (az) is needed; see docs/deployment.md.'
}

$tenant = if ($env:ENTRA_TENANT_ID) { $env:ENTRA_TENANT_ID } else { $env:AZURE_TENANT_ID }
az ad app update --id $env:ENTRA_CLIENT_ID --web-redirect-uris "$env:FUNCTION_APP_URL/.auth/login/aad/callback" --output none

$credentialName = 'app-service-sign-in'
$parameters = New-TemporaryFile
try {
    @{
        name        = $credentialName
        issuer      = "https://login.microsoftonline.com/$tenant/v2.0"
        subject     = $env:SIGN_IN_IDENTITY_PRINCIPAL_ID
        description = "App Service Authentication on $env:FUNCTION_APP_URL signs members in with the app's sign-in identity."
        audiences   = @('api://AzureADTokenExchange')
    } | ConvertTo-Json | Set-Content -LiteralPath $parameters -Encoding utf8
    $existing = az ad app federated-credential list --id $env:ENTRA_CLIENT_ID --query "[?name=='$credentialName'].name" --output tsv
    if ($existing) {
        az ad app federated-credential update --id $env:ENTRA_CLIENT_ID --federated-credential-id $credentialName --parameters "@$parameters" --output none
    }
    else {
        az ad app federated-credential create --id $env:ENTRA_CLIENT_ID --parameters "@$parameters" --output none
    }
}
finally {
    Remove-Item -LiteralPath $parameters -ErrorAction SilentlyContinue
}
Write-Host "postprovision: members sign in at $env:FUNCTION_APP_URL/api/members through the app registration $env:ENTRA_CLIENT_ID."
