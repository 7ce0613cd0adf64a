# azd runs this before every `azd provision` on Windows (preprovision.sh elsewhere; keep the two alike): it makes sure
# members have an Entra app registration to sign in through. With ENTRA_CLIENT_ID set it changes nothing; otherwise
# it finds or creates the registration named for this environment, asks for security groups in the ID token, and
# stores its client id with `azd env set`. No client secret is ever made. Needs the Azure CLI, signed in (az login).
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

if ($env:ENTRA_CLIENT_ID) {
    Write-Host "preprovision: members sign in through the app registration $env:ENTRA_CLIENT_ID (ENTRA_CLIENT_ID)."
    exit 0
}
if (-not $env:AZURE_ENV_NAME) {
    Write-Error 'preprovision: AZURE_ENV_NAME is not set; run this through azd (azd provision or azd up).'
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error "preprovision: the Azure CLI (az) is needed to create the members' app registration; see docs/deployment.md, or set ENTRA_CLIENT_ID."
}

$name = "Scrutiny reports members ($env:AZURE_ENV_NAME)"
$clientId = az ad app list --display-name $name --query '[0].appId' --output tsv
if (-not $clientId) {
    $clientId = az ad app create --display-name $name --sign-in-audience AzureADMyOrg --enable-id-token-issuance true --query appId --output tsv
    Write-Host "preprovision: created the app registration `"$name`" ($clientId)."
}
else {
    Write-Host "preprovision: found the app registration `"$name`" ($clientId)."
}
az ad app update --id $clientId --set groupMembershipClaims=SecurityGroup --identifier-uris "api://$clientId" --output none
$PSNativeCommandUseErrorActionPreference = $false
az ad sp show --id $clientId --output none 2>$null
$hasPrincipal = $LASTEXITCODE -eq 0
$PSNativeCommandUseErrorActionPreference = $true
if (-not $hasPrincipal) {
    az ad sp create --id $clientId --output none
}
azd env set ENTRA_CLIENT_ID $clientId
