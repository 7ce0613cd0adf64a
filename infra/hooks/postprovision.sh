#!/bin/sh
# azd runs this after every `azd provision` (so during `azd up`): it points the members' app registration at the
# function app, whose host name exists only now. It sets the sign-in reply address, and trusts the app's sign-in
# identity (a user-assigned managed identity, output by main.bicep) with a federated identity credential, which App
# Service Authentication presents instead of a client secret (clientSecretSettingName
# OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID). Safe to run again: the reply address is set, the credential created or
# updated. Needs the Azure CLI signed in (az login) as an owner of the app registration.
set -eu

for name in ENTRA_CLIENT_ID AZURE_TENANT_ID FUNCTION_APP_URL SIGN_IN_IDENTITY_PRINCIPAL_ID; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "postprovision: $name is not set; run azd provision (or azd up), which sets it." >&2
    exit 1
  fi
done
if ! command -v az >/dev/null 2>&1; then
  echo "postprovision: the Azure CLI (az) is needed; see docs/deployment.md." >&2
  exit 1
fi

tenant="${ENTRA_TENANT_ID:-$AZURE_TENANT_ID}"
az ad app update --id "$ENTRA_CLIENT_ID" --web-redirect-uris "$FUNCTION_APP_URL/.auth/login/aad/callback" --output none

credential_name="app-service-sign-in"
parameters=$(mktemp)
trap 'rm -f "$parameters"' EXIT
cat > "$parameters" <<JSON
{
  "name": "$credential_name",
  "issuer": "https://login.microsoftonline.com/$tenant/v2.0",
  "subject": "$SIGN_IN_IDENTITY_PRINCIPAL_ID",
  "description": "App Service Authentication on $FUNCTION_APP_URL signs members in with the app's sign-in identity.",
  "audiences": ["api://AzureADTokenExchange"]
}
JSON
existing=$(az ad app federated-credential list --id "$ENTRA_CLIENT_ID" --query "[?name=='$credential_name'].name" --output tsv)
if [ -n "$existing" ]; then
  az ad app federated-credential update --id "$ENTRA_CLIENT_ID" --federated-credential-id "$credential_name" \
    --parameters "@$parameters" --output none
else
  az ad app federated-credential create --id "$ENTRA_CLIENT_ID" --parameters "@$parameters" --output none
fi
echo "postprovision: members sign in at $FUNCTION_APP_URL/api/members through the app registration $ENTRA_CLIENT_ID."
