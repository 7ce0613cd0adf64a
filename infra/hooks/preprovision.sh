#!/bin/sh
# azd runs this before every `azd provision` (so before `azd up`): it makes sure members have an Entra app
# registration to sign in through. With ENTRA_CLIENT_ID set in the azd environment it changes nothing; otherwise it
# finds the registration named for this environment, or creates it, asks Entra to put the user's security groups in
# the ID token (the members' pages decide access by group), and stores its client id with `azd env set`, which
# main.parameters.json passes to main.bicep. No client secret is ever made: App Service Authentication signs in with
# the app's sign-in identity instead (infra/hooks/postprovision). Needs the Azure CLI signed in (az login) as someone
# allowed to create app registrations; see docs/deployment.md for doing it by hand.
set -eu

if [ -n "${ENTRA_CLIENT_ID:-}" ]; then
  echo "preprovision: members sign in through the app registration $ENTRA_CLIENT_ID (ENTRA_CLIENT_ID)."
  exit 0
fi
if [ -z "${AZURE_ENV_NAME:-}" ]; then
  echo "preprovision: AZURE_ENV_NAME is not set; run this through azd (azd provision or azd up)." >&2
  exit 1
fi
if ! command -v az >/dev/null 2>&1; then
  echo "preprovision: the Azure CLI (az) is needed to create the members' app registration; see docs/deployment.md, or set ENTRA_CLIENT_ID." >&2
  exit 1
fi

name="Scrutiny reports members ($AZURE_ENV_NAME)"
client_id=$(az ad app list --display-name "$name" --query "[0].appId" --output tsv)
if [ -z "$client_id" ]; then
  client_id=$(az ad app create --display-name "$name" --sign-in-audience AzureADMyOrg --enable-id-token-issuance true \
    --query appId --output tsv)
  echo "preprovision: created the app registration \"$name\" ($client_id)."
else
  echo "preprovision: found the app registration \"$name\" ($client_id)."
fi
# Security groups in the token: the groups claim the members' pages check against each panel's readers.
az ad app update --id "$client_id" --set groupMembershipClaims=SecurityGroup --identifier-uris "api://$client_id" --output none
# The enterprise application (service principal) that sign-ins are recorded against; it may exist already.
az ad sp show --id "$client_id" --output none 2>/dev/null || az ad sp create --id "$client_id" --output none
azd env set ENTRA_CLIENT_ID "$client_id"
